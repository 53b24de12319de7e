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

    /** The editions with a shipped rule set, in ascending order. */
    List<Integer> editions();

    /**
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
     * Compiles the {@code .drl} files of a directory as one rule set.
     *
     * @throws fr.label.RuleSetException when the rule files do not compile
     */
    RuleSetDescription compile(Path directory);

    /** Checks the {@code .drl} files of a directory as one rule set, without throwing for their problems. */
    RuleCheck check(Path directory);
}
