package fr.label.spi;

import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.dossier.DossierValidator;
import fr.label.dossier.InputProblem;
import fr.label.dossier.Rejection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the edition-level checks to dossiers in file order and hands each one to a handler,
 * valid or rejected, without keeping them: each dossier's own content, its edition, and unique
 * collectivité codes (the first dossier with a code is kept, later ones are rejected).
 */
public final class CandidatureSorter {

    private final int edition;
    private final String source;
    private final CandidatureHandler handler;
    private final Map<String, Integer> indexByCode = new HashMap<>();

    public CandidatureSorter(int edition, String source, CandidatureHandler handler) {
        this.edition = edition;
        this.source = source;
        this.handler = handler;
    }

    /** Sorts dossiers built in Java into valid and rejected ones, as an edition file's are. */
    public static Candidatures sort(int edition, List<Dossier> dossiers) {
        Collector collector = new Collector(edition, null);
        CandidatureSorter sorter = new CandidatureSorter(edition, null, collector);
        for (int i = 0; i < dossiers.size(); i++) {
            sorter.offer(i, dossiers.get(i));
        }
        return collector.candidatures();
    }

    /** Offers a dossier built in Java: its content and edition are checked here. */
    public void offer(int index, Dossier dossier) {
        String at = "dossiers[" + index + "]";
        List<InputProblem> problems = new ArrayList<>();
        if (dossier.edition() != edition) {
            problems.add(new InputProblem(source, at + ".edition", "expected the edition of the file, "
                    + edition + ", found " + dossier.edition()));
        }
        for (InputProblem problem : DossierValidator.problems(dossier)) {
            problems.add(problem.under(at).inFile(source));
        }
        sort(index, dossier, problems);
    }

    /** Offers a dossier whose content and edition the reader has already checked. */
    public void offerChecked(int index, Dossier dossier) {
        sort(index, dossier, new ArrayList<>(1));
    }

    private void sort(int index, Dossier dossier, List<InputProblem> problems) {
        String code = dossier.collectivite().code();
        Integer first = code.isBlank() ? null : indexByCode.get(code);
        if (first != null) {
            problems.add(new InputProblem(source, "dossiers[" + index + "].collectivite.code",
                    "expected a collectivité code not used by another dossier of the edition, found "
                            + InputProblem.quote(code) + " again (also dossiers[" + first + "])"));
        }
        if (!problems.isEmpty()) {
            reject(index, code, dossier.collectivite().name(), problems);
            return;
        }
        indexByCode.put(code, index);
        handler.valid(index, dossier);
    }

    /** Rejects a dossier that could not be read whole. */
    public void reject(int index, String code, String name, List<InputProblem> problems) {
        handler.rejected(new Rejection(index, code, name, problems));
    }

    /** Keeps what a sorter hands out, to make {@link Candidatures}. */
    public static final class Collector implements CandidatureHandler {
        private final int edition;
        private final String source;
        private final List<Dossier> valid = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();

        public Collector(int edition, String source) {
            this.edition = edition;
            this.source = source;
        }

        @Override
        public void valid(int index, Dossier dossier) {
            valid.add(dossier);
        }

        @Override
        public void rejected(Rejection rejection) {
            rejections.add(rejection);
        }

        public Candidatures candidatures() {
            return new Candidatures(edition, valid, rejections, source);
        }
    }
}
