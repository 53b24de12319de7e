package fr.label.testing;

import fr.label.Language;

/**
 * What the scenario suite made of one mutant.
 *
 * @param mutant   the mutant
 * @param status   killed by a scenario, refused by the engine (killed too), or survived
 * @param scenario for a killed mutant, the first scenario that failed; for a survivor, the one that
 *                 came closest (see {@code closeness}); {@code file:line  name}, or {@code null}
 * @param detail   for a survivor, why that scenario came closest, or why none did; for a mutant the
 *                 engine refused, the first of its problems; else {@code null}
 */
public record MutantOutcome(RuleMutant mutant, Status status, String scenario, Detail detail) {

    /** How a mutant ended. */
    public enum Status {
        /** A scenario failed. */
        KILLED,
        /** The engine refused the changed rules (they do not compile, or cannot be used): killed too. */
        UNUSABLE,
        /** Every scenario passed: no scenario tells this mutant from the rules. */
        SURVIVED
    }

    /**
     * A sentence in both languages.
     *
     * @param fr the French sentence
     * @param en the English sentence
     */
    public record Detail(String fr, String en) {

        /**
         * @param language the language wanted
         * @return the sentence in that language
         */
        public String text(Language language) {
            return language == Language.EN ? en : fr;
        }
    }

    /**
     * @return whether the mutant was killed (by a scenario or by the engine)
     */
    public boolean killed() {
        return status != Status.SURVIVED;
    }
}
