package fr.label;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that cannot be used: its files do not compile, or a rule failed while evaluating.
 * An engine built earlier is not affected: build a new engine after fixing the files.
 */
public class RuleSetException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    /**
     * @param ruleSet  the rule set's name: its directory, or "edition 2023"
     * @param problems every problem found, each with its file and line when known
     */
    public RuleSetException(String ruleSet, List<RuleProblem> problems) {
        super("rule set " + ruleSet + " cannot be used:\n" + problems.stream()
                .map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * @param ruleSet the rule set's name: its directory, or "edition 2023"
     * @param problem the problem
     * @param cause   what the rule engine threw
     */
    public RuleSetException(String ruleSet, RuleProblem problem, Throwable cause) {
        super("rule set " + ruleSet + " cannot be used:\n" + problem, cause);
        this.problems = List.of(problem);
    }

    /** @return every problem, each with its file, line, column and message */
    public List<RuleProblem> problems() {
        return problems;
    }
}
