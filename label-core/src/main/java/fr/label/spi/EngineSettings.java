package fr.label.spi;

import fr.label.RuleFiringListener;
import fr.label.referentiel.Referentiel;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an engine is built from.
 *
 * @param edition        the palmarès year whose rule set is used
 * @param rulesDirectory a directory whose {@code .drl} files replace the shipped rule set, or {@code null}
 * @param referentiel    the référentiel actions are classified in
 * @param threads        threads used to evaluate an edition (1 = sequential)
 * @param listener       told of every rule firing, or {@code null}
 */
public record EngineSettings(int edition, Path rulesDirectory, Referentiel referentiel, int threads,
                             RuleFiringListener listener) {

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
    }
}
