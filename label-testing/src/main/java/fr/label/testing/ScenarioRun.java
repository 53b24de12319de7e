package fr.label.testing;

import java.util.List;

/**
 * The outcome of a run of scenarios: each scenario's, and the rule coverage of each edition.
 *
 * @param outcomes    every scenario's outcome, in run order
 * @param coverage    the rule coverage of each edition the scenarios ran in
 * @param skipped     scenarios of other editions than the one asked for, not run
 * @param minCoverage the least coverage each edition needs, in percent, or {@code null}
 */
public record ScenarioRun(List<ScenarioOutcome> outcomes, List<RuleCoverageReport> coverage, int skipped,
                          Double minCoverage) {

    public ScenarioRun {
        outcomes = List.copyOf(outcomes);
        coverage = List.copyOf(coverage);
    }

    public long passed() {
        return outcomes.stream().filter(ScenarioOutcome::passed).count();
    }

    public long failed() {
        return outcomes.size() - passed();
    }

    /** The editions whose coverage is below the minimum. */
    public List<RuleCoverageReport> coverageBelowMinimum() {
        return minCoverage == null ? List.of()
                : coverage.stream().filter(c -> c.percent() < minCoverage).toList();
    }

    /** Every scenario passed and every edition reached the minimum coverage. */
    public boolean successful() {
        return failed() == 0 && coverageBelowMinimum().isEmpty() && !outcomes.isEmpty();
    }
}
