package fr.label.spi;

import fr.label.RuleFiringListener;
import fr.label.RuleSetDescription;
import fr.label.referentiel.Referentiel;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an engine is built from.
 *
 * @param edition        the palmarès year whose rule set is used
 * @param rulesDirectory a directory whose {@code .drl} files replace the shipped rule set, or {@code null}
 * @param compiledRules  a rule set compiled before, used instead of the shipped one, or {@code null}
 * @param referentiel    the référentiel actions are classified in
 * @param threads        threads used to evaluate an edition (1 = sequential)
 * @param listener       told of every rule firing, or {@code null}
 * @param maxFirings     the most rule firings one dossier may take (the mentions' deliberation: this
 *                       many per candidate); beyond, the rules are taken to loop and the evaluation
 *                       fails with a {@link fr.label.RuleSetException} naming the rule that fired most
 */
public record EngineSettings(int edition, Path rulesDirectory, RuleSetDescription compiledRules,
                             Referentiel referentiel, int threads, RuleFiringListener listener,
                             int maxFirings) {

    /** The default firing limit per dossier, {@link fr.label.LabelEngine#DEFAULT_MAX_FIRINGS}. */
    public static final int DEFAULT_MAX_FIRINGS = fr.label.LabelEngine.DEFAULT_MAX_FIRINGS;

    /**
     * Checks that a référentiel is given and that the threads are 1 or more.
     *
     * @param edition        the palmarès year whose rule set is used
     * @param rulesDirectory a directory whose {@code .drl} files replace the shipped rule set, or {@code null}
     * @param referentiel    the référentiel actions are classified in
     * @param threads        threads used to evaluate an edition (1 = sequential)
     * @param listener       told of every rule firing, or {@code null}
     */
    public EngineSettings {
        Objects.requireNonNull(referentiel, "referentiel");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, found " + threads);
        }
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be 1 or more, found " + maxFirings);
        }
    }

    /** Settings with the default firing limit, {@value #DEFAULT_MAX_FIRINGS}. */
    public EngineSettings(int edition, Path rulesDirectory, Referentiel referentiel, int threads,
                          RuleFiringListener listener) {
        this(edition, rulesDirectory, null, referentiel, threads, listener, DEFAULT_MAX_FIRINGS);
    }
}
