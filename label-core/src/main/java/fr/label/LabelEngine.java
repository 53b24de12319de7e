package fr.label;

import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.referentiel.Referentiel;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.spi.EngineFactory;
import fr.label.spi.EngineSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Evaluates dossiers of one edition with that edition's rules. Build it once and share it:
 * it is immutable and thread-safe, and its rules are compiled when it is built.
 *
 * <pre>{@code
 * LabelEngine engine = LabelEngine.forEdition(2023);
 * Result result = engine.evaluate(dossier);
 * Palmares palmares = engine.evaluateEdition(LabelJson.readCandidatures(Path.of("edition-2023.json")));
 *
 * LabelEngine custom = LabelEngine.builder()
 *         .edition(2023)
 *         .rules(Path.of("my-rules"))          // replaces the shipped rule set
 *         .referentiel(Referentiel.read(Path.of("my-referentiel.json")))
 *         .threads(2)
 *         .build();
 * }</pre>
 */
public interface LabelEngine {

    /**
     * The engine of an edition with its shipped rules and référentiel: built on the first call,
     * then the same instance for every call, from any thread.
     *
     * @param edition the palmarès year
     * @return the edition's shared engine
     * @throws UnknownEditionException when the edition has no shipped rule set, listing those that have one
     */
    static LabelEngine forEdition(int edition) {
        return SharedEngines.of(edition);
    }

    /**
     * @return a builder, to choose the edition, the rules, the référentiel and the threads
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * The editions with a shipped rule set, in ascending order.
     *
     * @return the years, e.g. [2020, 2021, 2022, 2023, 2024]
     */
    static List<Integer> editions() {
        return Builder.factory().editions();
    }

    /**
     * The palmarès year this engine evaluates.
     *
     * @return the palmarès year
     */
    int edition();

    /**
     * @return the référentiel the engine classifies services with
     */
    Referentiel referentiel();

    /**
     * The reference date of the edition, as its rules set it.
     *
     * @return the jury date, e.g. 2022-12-01 for 2023
     */
    java.time.LocalDate juryDate();

    /**
     * The edition's mentions, with their caps, as its rules define them.
     *
     * @return the mentions in catalogue order
     */
    List<Mention> catalogue();

    /**
     * The edition's arobases table, line by line as its rules write it.
     *
     * @return every line of the arobases table
     */
    List<Threshold> thresholds();

    /**
     * Every rule of the engine's rule set, by file then name.
     *
     * @return the rules
     */
    List<RuleInfo> rules();

    /**
     * Evaluates one dossier alone: a mention it is eligible for is awarded, since no other
     * dossier competes for the cap.
     *
     * @throws fr.label.dossier.InvalidInputException when the dossier is invalid or of another edition
     * @param dossier a dossier of the engine's edition
     * @return its result, with the explanation of every decision
     */
    Result evaluate(Dossier dossier);

    /**
     * Evaluates an edition: every valid dossier, then the mentions within each cap. Rejected
     * dossiers are carried into the palmarès; they never stop the others.
     *
     * @param candidatures the edition's dossiers, as read from an edition file
     * @return the results, the rejections and the palmarès figures
     */
    Palmares evaluateEdition(Candidatures candidatures);

    /**
     * Evaluates an edition file of any size without holding it in memory: dossiers are read and
     * evaluated a few at a time, and each result goes to {@code sink} as soon as it is final — in
     * file order, except the results of dossiers eligible for a mention, which wait for the awards
     * over the whole edition and come last, in file order. Invalid dossiers are rejected and the
     * others still evaluated.
     *
     * <pre>{@code
     * Palmares figures = engine.evaluateEdition(Path.of("national.json"), result -> csv.write(result));
     * figures.summary();      // the palmarès figures; figures.results() is empty: they went to the sink
     * }</pre>
     *
     * @param editionFile an edition file, {@code {"edition": 2023, "dossiers": [...]}}
     * @param sink        receives each result once final, from one thread at a time
     * @return the palmarès with its summary and rejections, without results
     * @throws fr.label.dossier.InvalidInputException when the file itself cannot be read or is of another edition
     */
    Palmares evaluateEdition(java.nio.file.Path editionFile, java.util.function.Consumer<Result> sink);

    /**
     * Evaluates dossiers as they come, like {@link #evaluateEdition(java.nio.file.Path, java.util.function.Consumer)}:
     * for editions generated or read by the application itself.
     *
     * @param dossiers the edition's dossiers, read as the evaluation goes
     * @param sink     receives each result once final, from one thread at a time
     * @return the palmarès with its summary and rejections, without results
     */
    Palmares evaluateEdition(java.util.Iterator<Dossier> dossiers, java.util.function.Consumer<Result> sink);

    /**
     * Evaluates dossiers built in Java as an edition; invalid ones are reported in the palmarès.
     *
     * @param dossiers the edition's dossiers
     * @return the results, the rejections and the palmarès figures
     */
    default Palmares evaluateEdition(List<Dossier> dossiers) {
        return evaluateEdition(Candidatures.of(edition(), dossiers));
    }

    /** Chooses the edition, the rules, the référentiel and the threads of an engine. */
    final class Builder {
        private Integer edition;
        private Path rules;
        private Referentiel referentiel;
        private int threads = Runtime.getRuntime().availableProcessors();
        private RuleFiringListener listener;

        private Builder() {
        }

        /**
         * @param edition the palmarès year (required)
         * @return this builder
         */
        public Builder edition(int edition) {
            this.edition = edition;
            return this;
        }

        /**
         * Replaces the shipped rule set by the {@code .drl} files of this directory.
         *
         * @param directory a directory of {@code .drl} files, e.g. written by {@code ./label rules --export}
         * @return this builder
         */
        public Builder rules(Path directory) {
            this.rules = directory;
            return this;
        }

        /**
         * @param referentiel the référentiel to classify services with, instead of the shipped one
         * @return this builder
         */
        public Builder referentiel(Referentiel referentiel) {
            this.referentiel = referentiel;
            return this;
        }

        /**
         * Threads used to evaluate an edition; results are the same whatever the count.
         *
         * @param threads 1 or more; by default one per processor
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * Tells the listener of every rule firing, e.g. a {@link RuleCoverage}.
         *
         * @param listener told of each firing, from the evaluating threads
         * @return this builder
         */
        public Builder listener(RuleFiringListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * @throws UnknownEditionException when the edition has no shipped rule set (and no rules directory is given)
         * @throws RuleSetException        when a rule file does not compile
         * @return a new engine, immutable and thread-safe
         */
        public LabelEngine build() {
            if (edition == null) {
                throw new IllegalStateException("choose an edition: LabelEngine.builder().edition(2023)");
            }
            Referentiel chosen = referentiel != null ? referentiel : Referentiel.defaultReferentiel();
            return factory().create(new EngineSettings(edition, rules, chosen, threads, listener));
        }

        static EngineFactory factory() {
            return ServiceLoader.load(EngineFactory.class, LabelEngine.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no rule engine found: add the fr.label:label-rules dependency"));
        }
    }
}
