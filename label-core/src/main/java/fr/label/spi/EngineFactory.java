package fr.label.spi;

import fr.label.LabelEngine;

import java.util.List;

/**
 * Builds engines; found with {@link java.util.ServiceLoader}. The {@code label-rules} module
 * provides the Drools one, so that {@code label-core} stays free of any rule engine.
 */
public interface EngineFactory {

    /**
     * The editions with a shipped rule set, in ascending order.
     *
     * @return the years
     */
    List<Integer> editions();

    /**
     * Builds an engine.
     *
     * @param settings the edition, rules, référentiel, threads and listener
     * @return a new engine
     * @throws fr.label.UnknownEditionException when no rule set exists for the edition
     * @throws fr.label.RuleSetException         when the rule files do not compile
     */
    LabelEngine create(EngineSettings settings);
}
