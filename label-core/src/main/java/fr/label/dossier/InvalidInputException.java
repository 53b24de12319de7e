package fr.label.dossier;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be evaluated; {@link #problems()} says where and why. */
public class InvalidInputException extends RuntimeException {

    /** Every problem found. */
    private final transient List<InputProblem> problems;

    /**
     * @param problems every problem found (the message lists them, one a line)
     */
    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * @param problem the problem found
     */
    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    /**
     * @return every problem, each with its file, path and message
     */
    public List<InputProblem> problems() {
        return problems;
    }
}
