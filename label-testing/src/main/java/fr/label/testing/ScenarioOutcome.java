package fr.label.testing;

import fr.label.Language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How one scenario went: passed, or failed with what did not match and why, or could not run
 * (a scenario that cannot be read, rules that do not compile, an invalid dossier).
 *
 * @param file       the scenario file
 * @param name       the scenario's display name
 * @param line       its line in the file, 0 when unknown
 * @param edition    the edition it ran in, or {@code null} when unknown
 * @param mismatches the expectations the results did not meet
 * @param problems   why it could not run, each on one line
 */
public record ScenarioOutcome(Path file, String name, int line, Integer edition, List<Mismatch> mismatches,
                              List<String> problems) {

    /**
     * Keeps copies of the lists.
     *
     * @param file       the scenario file
     * @param name       the scenario's display name
     * @param line       its line in the file, 0 when unknown
     * @param edition    the edition it ran in, or {@code null} when unknown
     * @param mismatches the expectations the results did not meet
     * @param problems   why it could not run, each on one line
     */
    public ScenarioOutcome {
        mismatches = List.copyOf(mismatches);
        problems = List.copyOf(problems);
    }

    /**
     * @return whether every expectation was met and nothing prevented the run
     */
    public boolean passed() {
        return mismatches.isEmpty() && problems.isEmpty();
    }

    /**
     * Why it failed: the problems, then each mismatch with expected, actual and the explanations.
     *
     * @param language the language of the explanations
     * @return the lines to show, empty when it passed
     */
    public List<String> describe(Language language) {
        List<String> lines = new ArrayList<>(problems);
        for (Mismatch mismatch : mismatches) {
            lines.addAll(mismatch.describe(language));
        }
        return lines;
    }
}
