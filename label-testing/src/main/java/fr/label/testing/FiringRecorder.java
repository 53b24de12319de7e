package fr.label.testing;

import fr.label.RuleCoverage;
import fr.label.RuleFiringListener;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts rule firings for the whole run (the coverage) and for the scenario being run on the
 * current thread (its {@code rulesFired} expectations). The scenario engines evaluate on the
 * calling thread (one thread each), so a thread-local count is the scenario's own.
 */
final class FiringRecorder implements RuleFiringListener {

    private final RuleCoverage coverage = new RuleCoverage();
    private final ThreadLocal<Map<String, Long>> scenario = new ThreadLocal<>();

    @Override
    public void fired(String rule) {
        coverage.fired(rule);
        Map<String, Long> current = scenario.get();
        if (current != null) {
            current.merge(rule, 1L, Long::sum);
        }
    }

    void startScenario() {
        scenario.set(new HashMap<>());
    }

    /** The firings since {@link #startScenario()}, which it forgets. */
    Map<String, Long> endScenario() {
        Map<String, Long> firings = scenario.get();
        scenario.remove();
        return firings == null ? Map.of() : firings;
    }

    RuleCoverage coverage() {
        return coverage;
    }
}
