package fr.label;

/**
 * Told of every rule firing while an engine evaluates, e.g. to measure rule coverage. Called
 * from the evaluating threads: implementations must be thread-safe.
 *
 * <pre>{@code
 * RuleCoverage coverage = new RuleCoverage();
 * LabelEngine engine = LabelEngine.builder().edition(2023).listener(coverage).build();
 * engine.evaluateEdition(candidatures);
 * coverage.neverFired(engine.rules());
 * }</pre>
 */
@FunctionalInterface
public interface RuleFiringListener {

    /**
     * Called after each firing, from the thread that evaluates.
     *
     * @param rule the name of the rule that fired
     */
    void fired(String rule);
}
