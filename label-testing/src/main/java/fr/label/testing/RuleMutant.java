package fr.label.testing;

import fr.label.Language;

/**
 * One small change of a rule set, which a good scenario suite notices: a figure one step up or
 * down, a comparison turned to its neighbour, a rule switched off.
 *
 * @param kind     what was changed
 * @param rule     the rule changed, by name
 * @param file     the rule file, as the rule set names it
 * @param line     1-based line of the change in the file
 * @param original what the file writes ({@code 35}, {@code >=}; the rule's name when switched off)
 * @param mutated  what the mutant writes instead ({@code 36}, {@code >})
 * @param ruleText the rule's whole text once changed, from {@code rule} to {@code end}
 */
public record RuleMutant(Kind kind, String rule, String file, int line, String original, String mutated,
                         String ruleText) {

    /** The kinds of mutants. */
    public enum Kind {
        /** A figure of the thresholds table or of the settings, one step up or down. */
        FIGURE,
        /** A comparison of a rule's conditions turned to its neighbour: {@code >=} and {@code >}, {@code <} and {@code <=}. */
        COMPARISON,
        /** A rule switched off: it never fires. */
        RULE_OFF
    }

    /**
     * Where the change is: {@code common/thresholds.drl:57}.
     *
     * @return the file and the line
     */
    public String where() {
        return file + ":" + line;
    }

    /**
     * The change in words: {@code 35 → 36}, {@code >= → >}, or "rule switched off".
     *
     * @param language the language of the words
     * @return the change, one line
     */
    public String change(Language language) {
        if (kind == Kind.RULE_OFF) {
            return language == Language.EN ? "rule switched off" : "règle désactivée";
        }
        return original + " → " + mutated;
    }
}
