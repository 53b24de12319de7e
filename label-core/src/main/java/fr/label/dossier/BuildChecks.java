package fr.label.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * How the dossier types report what is wrong when they are built in Java: like the JSON reader,
 * every problem at once as an {@link InvalidInputException}, each with the path of its field
 * ({@code start}, {@code collectivite.code}, {@code actions[0].end}) and what was expected.
 */
final class BuildChecks {

    private BuildChecks() {
    }

    /** Records a missing value: {@code expected} says what should be there, e.g. "a start date". */
    static void required(Object value, String path, String expected, List<InputProblem> problems) {
        if (value == null) {
            problems.add(new InputProblem(null, path, "expected " + expected + ", found nothing"));
        }
    }

    /** Records a missing element of a list, at {@code path[i]}. */
    static void noMissingElement(List<?> values, String path, String expected, List<InputProblem> problems) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            required(values.get(i), path + "[" + i + "]", expected, problems);
        }
    }

    /**
     * The validator's problems for an object checked alone: its paths start with a dot
     * ({@code .end}, since the object has no parent here), which is dropped.
     */
    static List<InputProblem> alone(List<InputProblem> problems) {
        List<InputProblem> relative = new ArrayList<>(problems.size());
        for (InputProblem problem : problems) {
            String path = problem.path();
            relative.add(path != null && path.startsWith(".")
                    ? new InputProblem(problem.file(), path.substring(1), problem.message()) : problem);
        }
        return relative;
    }

    /** @throws InvalidInputException with every problem, when there is one */
    static void throwIfAny(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
