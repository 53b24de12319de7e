package fr.label.dossier;

import java.util.List;

/**
 * The dossiers filed for one edition, as read from an edition file: the valid ones, ready to be
 * evaluated, and the rejected ones with their problems. Nothing valid is dropped because
 * another dossier is invalid. {@code LabelJson.readCandidatures} reads them; dossiers built in
 * Java go to {@code LabelEngine.evaluateEdition(List)}, which sorts them the same way.
 *
 * @param edition    the palmarès year
 * @param dossiers   the valid dossiers, in file order
 * @param rejections the dossiers that cannot be evaluated
 * @param source     where they were read from (a file name), or {@code null}
 */
public record Candidatures(int edition, List<Dossier> dossiers, List<Rejection> rejections, String source) {

    public Candidatures {
        dossiers = List.copyOf(dossiers);
        rejections = List.copyOf(rejections);
    }
}
