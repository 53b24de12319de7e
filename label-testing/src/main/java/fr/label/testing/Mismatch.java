package fr.label.testing;

import fr.label.Language;
import fr.label.result.Explanation;

import java.util.ArrayList;
import java.util.List;

/**
 * One expectation of a scenario that the result does not meet: what was expected, what came out,
 * and the explanations of the decision in question, as the rules recorded them. Values are most
 * often the same in both languages ({@code 4@}, {@code [AROBASE_VERTE]}); when they are words, both
 * wordings are kept.
 *
 * @param what         the expectation, as the scenario file names it ({@code arobases}, {@code actions.a-041})
 * @param expected     the expected value, in English
 * @param actual       the value of the result, in English
 * @param explanations why the rules decided so
 * @param expectedFr   the expected value, in French
 * @param actualFr     the value of the result, in French
 */
public record Mismatch(String what, String expected, String actual, List<Explanation> explanations,
                       String expectedFr, String actualFr) {

    /**
     * Keeps copies of the lists.
     *
     * @param what         the expectation, as the scenario file names it ({@code arobases}, {@code actions.a-041})
     * @param expected     the expected value, as written
     * @param actual       the value of the result
     * @param explanations why the rules decided so
     */
    public Mismatch {
        explanations = List.copyOf(explanations);
    }

    /** A mismatch whose values read the same in both languages. */
    public Mismatch(String what, String expected, String actual, List<Explanation> explanations) {
        this(what, expected, actual, explanations, expected, actual);
    }

    /** The expected value in a language. */
    public String expected(Language language) {
        return language == Language.EN ? expected : expectedFr;
    }

    /** The value of the result in a language. */
    public String actual(Language language) {
        return language == Language.EN ? actual : actualFr;
    }

    /** The same mismatch about another expectation (the dossier's code before it, in an edition scenario). */
    Mismatch about(String otherWhat) {
        return new Mismatch(otherWhat, expected, actual, explanations, expectedFr, actualFr);
    }

    /**
     * {@code arobases: expected 4@, actual 3@} ({@code arobases : attendu 4@, obtenu 3@}), then one
     * indented line per explanation: the rule's title, then its message.
     *
     * @param language the language of the explanations
     * @return the lines
     */
    public List<String> describe(Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(language == Language.EN
                ? what + ": expected " + expected + ", actual " + actual
                : what + " : attendu " + expectedFr + ", obtenu " + actualFr);
        for (Explanation explanation : explanations) {
            lines.add("  " + explanation.ruleTitle(language) + (language == Language.EN ? ": " : " : ")
                    + explanation.message(language));
        }
        return lines;
    }
}
