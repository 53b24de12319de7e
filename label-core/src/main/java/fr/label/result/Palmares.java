package fr.label.result;

import fr.label.RuleSetFingerprint;
import fr.label.dossier.Rejection;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a whole edition: every valid dossier's result, the rejected dossiers, and the
 * palmarès figures.
 *
 * @param edition    the palmarès year
 * @param catalogue  the edition's mentions, as its rules define them
 * @param results    one result per valid dossier, in input order
 * @param rejections dossiers that could not be evaluated, with why
 * @param summary    the key figures
 * @param rules      which rules made it (edition, digest of the rule files, library version), or
 *                   {@code null} for a palmarès built by hand
 */
public record Palmares(int edition, List<Mention> catalogue, List<Result> results,
                       List<Rejection> rejections, PalmaresSummary summary, RuleSetFingerprint rules) {

    /**
     * Keeps copies of the lists.
     *
     * @param edition    the palmarès year
     * @param catalogue  the edition's mentions, as its rules define them
     * @param results    one result per valid dossier, in input order
     * @param rejections dossiers that could not be evaluated, with why
     * @param summary    the key figures
     */
    public Palmares {
        catalogue = List.copyOf(catalogue);
        results = List.copyOf(results);
        rejections = List.copyOf(rejections);
    }

    /** A palmarès built by hand, which no rule set made: {@link #rules()} is {@code null}. */
    public Palmares(int edition, List<Mention> catalogue, List<Result> results, List<Rejection> rejections,
                    PalmaresSummary summary) {
        this(edition, catalogue, results, rejections, summary, null);
    }

    /**
     * The palmarès number: 2023 is the 24th.
     *
     * @return the edition year minus 1999
     */
    public int editionNumber() {
        return edition - 1999;
    }

    /**
     * @param code a collectivité code
     * @return its result, or empty when it has none in this palmarès
     */
    public Optional<Result> result(String code) {
        return results.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
