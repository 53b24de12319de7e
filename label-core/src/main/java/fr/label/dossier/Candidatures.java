package fr.label.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dossiers filed for one edition, as read from an edition file: the valid ones, ready to be
 * evaluated, and the rejected ones with their problems. Nothing valid is dropped because
 * another dossier is invalid.
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

    /**
     * Sorts dossiers built in Java into valid and rejected ones, with the checks an edition file
     * gets: each dossier's own content, its edition, and unique collectivité codes (the first
     * dossier with a code is kept, later ones are rejected).
     */
    public static Candidatures of(int edition, List<Dossier> dossiers) {
        Sorter sorter = new Sorter(edition, null);
        for (int i = 0; i < dossiers.size(); i++) {
            sorter.offer(i, dossiers.get(i), List.of());
        }
        return sorter.candidatures();
    }

    /** Accumulates dossiers in file order, applying the edition-level checks. */
    public static final class Sorter {
        private final int edition;
        private final String source;
        private final List<Dossier> valid = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private final Map<String, Integer> indexByCode = new HashMap<>();

        public Sorter(int edition, String source) {
            this.edition = edition;
            this.source = source;
        }

        /**
         * Offers the dossier at {@code index}, with the problems already found while reading it.
         * Returns the dossier if it is valid, else {@code null}.
         */
        public Dossier offer(int index, Dossier dossier, List<InputProblem> readingProblems) {
            String at = "dossiers[" + index + "]";
            List<InputProblem> problems = new ArrayList<>(readingProblems);
            if (dossier.edition() != edition) {
                problems.add(new InputProblem(source, at + ".edition", "expected the edition of the file, "
                        + edition + ", found " + dossier.edition()));
            }
            for (InputProblem problem : DossierValidator.problems(dossier)) {
                problems.add(problem.under(at).inFile(source));
            }
            String code = dossier.collectivite().code();
            Integer first = code.isBlank() ? null : indexByCode.get(code);
            if (first != null) {
                problems.add(new InputProblem(source, at + ".collectivite.code",
                        "expected a collectivité code not used by another dossier of the edition, found \""
                                + code + "\" again (also dossiers[" + first + "])"));
            }
            if (!problems.isEmpty()) {
                reject(index, code, dossier.collectivite().name(), problems);
                return null;
            }
            indexByCode.put(code, index);
            valid.add(dossier);
            return dossier;
        }

        public void reject(int index, String code, String name, List<InputProblem> problems) {
            rejections.add(new Rejection(index, code, name, problems));
        }

        public Candidatures candidatures() {
            return new Candidatures(edition, valid, rejections, source);
        }
    }
}
