package fr.label.testing;

import fr.label.Language;
import fr.label.result.Explanation;

import java.util.ArrayList;
import java.util.List;

/**
 * One expectation of a scenario that the result does not meet: what was expected, what came out,
 * and the explanations of the decision in question, as the rules recorded them.
 *
 * @param what         the expectation, as the scenario file names it ({@code arobases}, {@code actions.a-041})
 * @param expected     the expected value, as written
 * @param actual       the value of the result
 * @param explanations why the rules decided so
 */
public record Mismatch(String what, String expected, String actual, List<Explanation> explanations) {

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

    /**
     * {@code arobases: expected 4, actual 3}, then one indented line per explanation.
     *
     * @param language the language of the explanations
     * @return the lines
     */
    public List<String> describe(Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(what + ": expected " + expected + ", actual " + actual);
        for (Explanation explanation : explanations) {
            lines.add("  " + explanation.rule() + ": " + explanation.message(language));
        }
        return lines;
    }
}
