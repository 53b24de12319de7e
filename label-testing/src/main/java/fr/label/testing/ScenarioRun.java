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

    /**
     * Keeps copies of the lists.
     *
     * @param outcomes    every scenario's outcome, in run order
     * @param coverage    the rule coverage of each edition the scenarios ran in
     * @param skipped     scenarios of other editions than the one asked for, not run
     * @param minCoverage the least coverage each edition needs, in percent, or {@code null}
     */
    public ScenarioRun {
        outcomes = List.copyOf(outcomes);
        coverage = List.copyOf(coverage);
    }

    /**
     * @return how many scenarios passed
     */
    public long passed() {
        return outcomes.stream().filter(ScenarioOutcome::passed).count();
    }

    /**
     * @return how many scenarios failed
     */
    public long failed() {
        return outcomes.size() - passed();
    }

    /**
     * The editions whose coverage is below the minimum.
     *
     * @return those editions, empty without a minimum
     */
    public List<RuleCoverageReport> coverageBelowMinimum() {
        return minCoverage == null ? List.of()
                : coverage.stream().filter(c -> c.percent() < minCoverage).toList();
    }

    /**
     * Every scenario passed and every edition reached the minimum coverage.
     *
     * @return whether the run succeeded
     */
    public boolean successful() {
        return failed() == 0 && coverageBelowMinimum().isEmpty() && !outcomes.isEmpty();
    }
}
