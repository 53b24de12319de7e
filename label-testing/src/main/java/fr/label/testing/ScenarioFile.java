package fr.label.testing;

import fr.label.dossier.InputProblem;

import java.nio.file.Path;
import java.util.List;

/**
 * What a scenario file holds: the scenarios that can run, those that cannot be read, and the
 * problems of the file itself (not YAML, no {@code scenarios}, an unknown key at its top).
 *
 * @param file       the scenario file
 * @param scenarios  the scenarios, one per edition they run in, in file order
 * @param unreadable the scenarios with problems, which fail without running
 * @param problems   problems of the file as a whole; when there are some, nothing in it runs
 */
public record ScenarioFile(Path file, List<Scenario> scenarios, List<Unreadable> unreadable,
                           List<InputProblem> problems) {

    /**
     * Keeps copies of the lists.
     *
     * @param file       the scenario file
     * @param scenarios  the scenarios, one per edition they run in, in file order
     * @param unreadable the scenarios with problems, which fail without running
     * @param problems   problems of the file as a whole; when there are some, nothing in it runs
     */
    public ScenarioFile {
        scenarios = List.copyOf(scenarios);
        unreadable = List.copyOf(unreadable);
        problems = List.copyOf(problems);
    }

    /**
     * A scenario that cannot run as written.
     *
     * @param name     its name, or {@code scenarios[N]} when it has none
     * @param line     its line in the file
     * @param problems where it is wrong and what was expected
     */
    public record Unreadable(String name, int line, List<InputProblem> problems) {

        /**
         * Keeps a copy of the problems.
         *
         * @param name     its name, or {@code scenarios[N]} when it has none
         * @param line     its line in the file
         * @param problems where it is wrong and what was expected
         */
        public Unreadable {
            problems = List.copyOf(problems);
        }
    }
}
