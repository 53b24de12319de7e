package fr.label.spi;

import fr.label.LabelEngine;
import fr.label.RuleCheck;
import fr.label.RuleFile;
import fr.label.RuleSetDescription;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds engines and reads rule sets; found with {@link java.util.ServiceLoader}. The
 * {@code label-rules} module provides the Drools one, so that {@code label-core} stays free of
 * any rule engine. Applications reach it through {@link LabelEngine} and {@link fr.label.LabelRules}.
 */
public interface EngineFactory {

    /**
     * The editions with a shipped rule set, in ascending order.
     *
     * @return the years
     */
    List<Integer> editions();

    /**
     * The editions of a rules directory laid out like the shipped rules ({@code edition-YYYY/}
     * folders beside {@code common/}), ascending; empty for a directory of one rule set.
     */
    default List<Integer> editions(java.nio.file.Path rulesDirectory) {
        return List.of();
    }

    /**
     * Builds an engine.
     *
     * @param settings the edition, rules, référentiel, threads and listener
     * @return a new engine
     * @throws fr.label.UnknownEditionException when no rule set exists for the edition
     * @throws fr.label.RuleSetException         when the rule files do not compile
     */
    LabelEngine create(EngineSettings settings);

    /**
     * The files of an edition's shipped rule set, in rule set order.
     *
     * @throws fr.label.UnknownEditionException when no rule set exists for the edition
     */
    List<RuleFile> files(int edition);

    /**
     * Writes the files of an edition's shipped rule set, flat, into a directory.
     *
     * @return the files written
     * @throws fr.label.UnknownEditionException when no rule set exists for the edition
     */
    List<Path> export(int edition, Path directory);

    /**
     * The shipped rule set of an edition, compiled once.
     *
     * @throws fr.label.UnknownEditionException when no rule set exists for the edition
     */
    RuleSetDescription shipped(int edition);

    /**
     * Compiles and checks the {@code .drl} files of a directory as one rule set, as an engine built
     * from the directory would; a directory laid out by edition gives the rules of {@code edition}.
     *
     * @param edition the edition to take from a directory laid out by edition, or {@code null}
     * @throws fr.label.RuleSetException when the rule files do not compile or cannot be used
     */
    RuleSetDescription compile(Path directory, Integer edition);

    /**
     * Checks the {@code .drl} files of a directory as one rule set, without throwing for their problems.
     *
     * @param edition the edition to take from a directory laid out by edition, or {@code null}
     */
    RuleCheck check(Path directory, Integer edition);

    /**
     * A rule set like {@code rules} with one rule's text replaced, compiling that rule alone.
     *
     * @throws fr.label.RuleSetException when the new rule does not compile or the rule set cannot be used
     */
    default RuleSetDescription withRule(RuleSetDescription rules, String ruleName, String ruleText) {
        throw new UnsupportedOperationException("this engine cannot replace one rule of a rule set");
    }
}
