package fr.label;

import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import fr.label.referentiel.Referentiel;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.spi.CandidatureSorter;
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
 *         .maxFirings(1_000_000)               // rule firings one dossier may take (default 100,000)
 *         .build();
 * }</pre>
 */
public interface LabelEngine {

    /**
     * The default firing limit per dossier. A dossier takes about one firing per action plus
     * some sixty (a dossier of 200 actions, 260 under the 2023 rules; of 1,000 actions, about
     * 1,060): the limit leaves a hundred times what a 1,000-action dossier needs, and stops a
     * looping rule in well under a second.
     */
    int DEFAULT_MAX_FIRINGS = 100_000;

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
     * The editions with a shipped rule set, in ascending order: one per {@code edition-YYYY}
     * folder of the shipped rules, found without any list kept in Java.
     *
     * @return the years, e.g. [2020, 2021, 2022, 2023, 2024]
     */
    static List<Integer> editions() {
        return Builder.factory().editions();
    }

    /**
     * The editions of a rules directory laid out like the shipped rules (a {@code common/} folder
     * and {@code edition-YYYY/} folders), in ascending order; empty for a directory holding one
     * rule set. {@link Builder#rules(Path)} takes either.
     */
    static List<Integer> editions(Path rulesDirectory) {
        return Builder.factory().editions(rulesDirectory);
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
     * Which rules this engine runs: its edition, the digest of its rule files' text and the library
     * version. Every result and palmarès it makes carries it ({@link Result#rules()}).
     */
    RuleSetFingerprint fingerprint();

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
     * @throws TemporaryFileException when the mention candidates' temporary file cannot be written or read back
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
     * @throws TemporaryFileException when the mention candidates' temporary file cannot be written or read back
     */
    default Palmares evaluateEdition(java.nio.file.Path editionFile, java.util.function.Consumer<Result> sink) {
        try (LabelJson.Input input = LabelJson.open(editionFile)) {
            return evaluateEdition(input, sink);
        }
    }

    /**
     * Evaluates an edition file opened with {@link LabelJson#open(java.io.InputStream, String)}
     * (standard input, a pipe, a network stream) or {@link LabelJson#open(Path)}, like
     * {@link #evaluateEdition(java.nio.file.Path, java.util.function.Consumer)}: the file is read
     * once, its year known before its dossiers are read.
     *
     * <pre>{@code
     * try (LabelJson.Input input = LabelJson.open(System.in, "<stdin>")) {
     *     LabelEngine engine = LabelEngine.forEdition(input.edition());
     *     Palmares figures = engine.evaluateEdition(input, result -> csv.write(result));
     * }
     * }</pre>
     *
     * @throws fr.label.dossier.InvalidInputException when the file itself cannot be read, is of another
     *                                                edition or is a dossier file
     * @throws TemporaryFileException when the mention candidates' temporary file cannot be written or read back
     */
    Palmares evaluateEdition(LabelJson.Input edition, java.util.function.Consumer<Result> sink);

    /**
     * Evaluates dossiers as they come, like {@link #evaluateEdition(java.nio.file.Path, java.util.function.Consumer)}:
     * for editions generated or read by the application itself.
     *
     * @param dossiers the edition's dossiers, read as the evaluation goes
     * @param sink     receives each result once final, from one thread at a time
     * @return the palmarès with its summary and rejections, without results
     * @throws TemporaryFileException when the mention candidates' temporary file cannot be written or read back
     */
    Palmares evaluateEdition(java.util.Iterator<Dossier> dossiers, java.util.function.Consumer<Result> sink);

    /**
     * Evaluates dossiers built in Java as an edition, with the checks an edition file gets: each
     * dossier's content, its edition, and unique collectivité codes (the first dossier with a code
     * is kept). Invalid ones are reported in the palmarès.
     *
     * @param dossiers the edition's dossiers
     * @return the results, the rejections and the palmarès figures
     * @throws TemporaryFileException when the mention candidates' temporary file cannot be written or read back
     */
    default Palmares evaluateEdition(List<Dossier> dossiers) {
        return evaluateEdition(CandidatureSorter.sort(edition(), dossiers));
    }

    /** Chooses the edition, the rules, the référentiel, the threads and the firing limit of an engine. */
    final class Builder {
        private Integer edition;
        private Path rules;
        private RuleSetDescription compiledRules;
        private Referentiel referentiel;
        private int threads = Runtime.getRuntime().availableProcessors();
        private RuleFiringListener listener;
        private int maxFirings = EngineSettings.DEFAULT_MAX_FIRINGS;

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
         * Replaces the shipped rule set by the {@code .drl} files of this directory: every file
         * of it, or, when it is laid out like the shipped rules (a {@code common/} folder and
         * {@code edition-YYYY/} folders), the common files overlaid by the edition's folder. They
         * are compiled when the engine is built.
         *
         * @param directory a directory of {@code .drl} files, e.g. written by {@code ./label rules --export}
         * @return this builder
         */
        public Builder rules(Path directory) {
            this.rules = directory;
            this.compiledRules = null;
            return this;
        }

        /**
         * Replaces the shipped rule set by rules compiled before ({@link LabelRules#compile(Path)}):
         * several engines share them without compiling them again.
         */
        public Builder rules(RuleSetDescription compiled) {
            this.compiledRules = compiled;
            this.rules = null;
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
         * The most rule firings one dossier may take, {@value EngineSettings#DEFAULT_MAX_FIRINGS}
         * by default (the mentions' deliberation gets this many per candidate). Rule files are
         * code: a rule whose consequence keeps changing its own facts would fire forever. Beyond
         * the limit, the evaluation throws {@link RuleSetException} naming the rule that fired
         * most. Raise it only for dossiers of tens of thousands of actions.
         *
         * @param maxFirings the limit, 1 or more
         * @return this builder
         */
        public Builder maxFirings(int maxFirings) {
            if (maxFirings < 1) {
                throw new IllegalArgumentException("maxFirings must be 1 or more, found " + maxFirings);
            }
            this.maxFirings = maxFirings;
            return this;
        }

        /**
         * @throws UnknownEditionException when the edition has no shipped rule set (and no rules are given)
         * @throws RuleSetException        when a rule file does not compile, evaluation needs what no rule decides,
         *                                 or the rules are for another edition
         * @return a new engine, immutable and thread-safe
         */
        public LabelEngine build() {
            if (edition == null) {
                throw new IllegalStateException("choose an edition: LabelEngine.builder().edition(2023)");
            }
            Referentiel chosen = referentiel != null ? referentiel : Referentiel.defaultReferentiel();
            return factory().create(new EngineSettings(edition, rules, compiledRules, chosen, threads, listener,
                    maxFirings));
        }

        static EngineFactory factory() {
            return ServiceLoader.load(EngineFactory.class, LabelEngine.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no rule engine found: add the fr.label:label-rules dependency"));
        }
    }
}
