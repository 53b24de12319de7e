package fr.label;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule set that cannot be used: its files do not compile, evaluation needs what no rule
 * decides, or a rule failed or ran away while evaluating. An engine built earlier is not
 * affected: build a new engine after fixing the files.
 *
 * <pre>{@code
 * try {
 *     LabelEngine.builder().edition(2023).rules(Path.of("my-rules")).build();
 * } catch (RuleSetException e) {
 *     e.describe(Language.EN).forEach(System.err::println);   // a heading, then file:line:column: message
 * }
 * }</pre>
 */
public class RuleSetException extends RuntimeException {

    private final String ruleSet;
    private final transient List<RuleProblem> problems;

    /**
     * @param ruleSet  the rule set's name: its directory, or "edition 2023"
     * @param problems every problem found, each with its file and line when known
     */
    public RuleSetException(String ruleSet, List<RuleProblem> problems) {
        super(String.join("\n", describe(ruleSet, problems, Language.FR)));
        this.ruleSet = ruleSet;
        this.problems = List.copyOf(problems);
    }

    /**
     * @param ruleSet the rule set's name: its directory, or "edition 2023"
     * @param problem the problem
     * @param cause   what the rule engine threw
     */
    public RuleSetException(String ruleSet, RuleProblem problem, Throwable cause) {
        super(String.join("\n", describe(ruleSet, List.of(problem), Language.FR)), cause);
        this.ruleSet = ruleSet;
        this.problems = List.of(problem);
    }

    /** The rule set's name: its directory, or "edition 2023" for a shipped one. */
    public String ruleSet() {
        return ruleSet;
    }

    /**
     * Every problem found, however many (what people read is capped: see {@link #describe(Language)}).
     *
     * @return every problem, each with its file, line, column and message
     */
    public List<RuleProblem> problems() {
        return problems;
    }

    /**
     * What people read: a heading naming the rule set, then at most
     * {@value RuleDiagnostics#MAX_SHOWN} problems and how many more there are.
     */
    public List<String> describe(Language language) {
        return describe(ruleSet, problems, language);
    }

    private static List<String> describe(String ruleSet, List<RuleProblem> problems, Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(RuleDiagnostics.text(language, "ruleSet.unusable", ruleSet));
        lines.addAll(RuleDiagnostics.lines(problems, language, null));
        return lines;
    }
}
