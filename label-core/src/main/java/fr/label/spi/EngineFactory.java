package fr.label.spi;

import fr.label.LabelEngine;

import java.util.List;

/**
 * Builds engines; found with {@link java.util.ServiceLoader}. The {@code label-rules} module
 * provides the Drools one, so that {@code label-core} stays free of any rule engine.
 */
public interface EngineFactory {

    /** The editions with a shipped rule set, in ascending order. */
    List<Integer> editions();

    /**
     * The editions of a rules directory laid out like the shipped rules ({@code edition-YYYY/}
     * folders beside {@code common/}), ascending; empty for a directory of one rule set.
     */
    default List<Integer> editions(java.nio.file.Path rulesDirectory) {
        return List.of();
    }

    /**
     * @throws fr.label.UnknownEditionException when no rule set exists for the edition
     * @throws fr.label.RuleSetException         when the rule files do not compile
     */
    LabelEngine create(EngineSettings settings);
}
