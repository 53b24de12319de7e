package fr.label.bench.jmh;

import fr.label.LabelEngine;
import fr.label.bench.EditionOutcome;
import fr.label.bench.ReferenceEvaluator;
import fr.label.bench.Workloads;
import fr.label.dossier.Dossier;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs the JMH benchmarks, each figure of the rules against the reference evaluator in the same
 * run, and prints every figure with its spread, its target and its ratio to the reference; then
 * checks that the results are identical whatever the thread count. {@code bench/run.sh} calls it.
 *
 * <pre>
 * java -cp label-bench/target/label-bench.jar fr.label.bench.jmh.BenchmarkRunner [--full] [--only single|edition|generated]
 *      [--out FILE]
 * </pre>
 *
 * Figures are medians of the measured iterations (all forks together); the spread is their
 * lowest and highest, to show the noise of a shared 2-core machine. The fast mode (default) runs
 * one fork and few iterations, a few minutes in all; {@code --full} runs three forks and more.
 */
public final class BenchmarkRunner {

    /** The aim for the edition 2023, warm (the figure for a 2-core machine). */
    static final double EDITION_TARGET_MS = 10;
    /** The target of the edition 2023, warm, on 2 threads: at most this many times the reference. */
    static final double EDITION_TARGET_RATIO = 6;
    /** The target of a dossier without actions, evaluated alone, warm. */
    static final double EMPTY_DOSSIER_TARGET_US = 40;

    /** A figure's target: an absolute time or a ratio to the reference in the same run. */
    private record Target(String text, java.util.function.BiPredicate<Double, Double> met) {

        static Target atMostMs(double ms) {
            return new Target("<= " + Stats.number(ms) + " ms", (millis, ratio) -> millis <= ms);
        }

        static Target atMostUs(double us) {
            return new Target("<= " + Stats.number(us) + " us", (millis, ratio) -> millis * 1000 <= us);
        }

        static Target atMostTimesReference(double times) {
            return new Target("<= " + Stats.number(times) + "x ref.", (millis, ratio) -> ratio <= times);
        }
    }

    private final boolean full;
    /** Fewest iterations, single dossier and edition 2023 only: a quick check of the targets. */
    private final boolean quick;
    private final List<String> table = new ArrayList<>();
    private boolean failures;

    private BenchmarkRunner(boolean full, boolean quick) {
        this.full = full;
        this.quick = quick;
    }

    public static void main(String[] args) throws RunnerException {
        boolean full = false;
        boolean quick = false;
        String only = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--full" -> full = true;
                case "--fast" -> full = false;
                case "--quick" -> quick = true;
                case "--only" -> only = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: BenchmarkRunner [--full | --quick] [--only single|edition|generated|threads]"
                            + " [--out FILE]");
                    System.exit(2);
                }
            }
        }
        BenchmarkRunner runner = new BenchmarkRunner(full && !quick, quick);
        runner.header();
        if (only == null || only.equals("single")) {
            runner.singleDossier();
        }
        if (only == null || only.equals("edition")) {
            runner.edition2023();
        }
        if (only == null && !quick || "generated".equals(only)) {
            runner.generated();
        }
        if (only == null || only.equals("threads")) {
            runner.threadCountIdentity();
        }
        runner.print(out);
        if (runner.failures) {
            System.exit(1);
        }
    }

    private void header() {
        table.add(String.format(Locale.ROOT, "%-50s %12s %21s %12s %9s  %-14s %s",
                "figure (JMH, warm, " + (full ? "full" : quick ? "quick" : "fast") + " mode)", "median", "spread (min-max)",
                "reference", "ratio", "target", "status"));
    }

    // ---------------------------------------------------------------- the benchmarks

    private void singleDossier() throws RunnerException {
        String name = SingleDossierBenchmark.class.getName();
        Consumer<ChainedOptionsBuilder> timing = o -> o.forks(full ? 3 : 1)
                .warmupIterations(full ? 5 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(full ? 10 : quick ? 3 : 5).measurementTime(TimeValue.seconds(1));
        if (quick) {
            timing = timing.andThen(o -> o.param("actions", "0", "60"));
        }
        Collection<RunResult> engine = run(name + ".engine$", timing);
        Collection<RunResult> reference = run(name + ".reference$", timing);
        for (String actions : quick ? List.of("0", "60") : List.of("0", "20", "60", "200")) {
            row("single dossier, " + actions + " actions", find(engine, "actions", actions),
                    find(reference, "actions", actions),
                    "0".equals(actions) ? Target.atMostUs(EMPTY_DOSSIER_TARGET_US) : null);
        }
    }

    private void edition2023() throws RunnerException {
        String name = Edition2023Benchmark.class.getName();
        Consumer<ChainedOptionsBuilder> timing = o -> o.forks(full ? 3 : 1)
                .warmupIterations(full ? 5 : 3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(full ? 10 : quick ? 3 : 5).measurementTime(TimeValue.seconds(2));
        Collection<RunResult> engine = run(name + ".engine$", timing);
        Collection<RunResult> reference = run(name + ".reference$", timing);
        for (String threads : List.of("1", "2")) {
            String figure = "edition 2023 (257 dossiers), " + threads + " thread" + ("1".equals(threads) ? "" : "s");
            RunResult rules = find(engine, "threads", threads);
            RunResult yardstick = find(reference, "threads", threads);
            row(figure, rules, yardstick, Target.atMostMs(EDITION_TARGET_MS));
            if ("2".equals(threads)) {
                row("  the same, against the reference", rules, yardstick,
                        Target.atMostTimesReference(EDITION_TARGET_RATIO));
            }
        }
    }

    private void generated() throws RunnerException {
        String name = GeneratedEditionBenchmark.class.getName();
        // An operation of the rules takes seconds: single shots, few of them; the reference is cheap.
        Collection<RunResult> engine = run(name + ".engine$", o -> o.forks(full ? 2 : 1)
                .warmupIterations(full ? 2 : 1).measurementIterations(full ? 5 : 2));
        Collection<RunResult> reference = run(name + ".reference$", o -> o.forks(full ? 2 : 1)
                .warmupIterations(10).measurementIterations(full ? 20 : 10));
        for (String threads : List.of("1", "2")) {
            row(String.format(Locale.ROOT, "%,d generated dossiers, %s thread%s", Workloads.GENERATED_DOSSIERS,
                    threads, "1".equals(threads) ? "" : "s"),
                    find(engine, "threads", threads), find(reference, "threads", threads), null);
        }
    }

    private Collection<RunResult> run(String include, Consumer<ChainedOptionsBuilder> timing) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include(include)
                .shouldFailOnError(false) // a failing benchmark is reported in the table, the others still run
                .verbosity(VerboseMode.NORMAL);
        timing.accept(options);
        return new Runner(options.build()).run();
    }

    /** The result with that parameter value, or {@code null} when the benchmark failed (see the JMH log). */
    private static RunResult find(Collection<RunResult> results, String param, String value) {
        return results.stream().filter(r -> value.equals(r.getParams().getParam(param))).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- results identical whatever the threads

    /**
     * The edition 2023 and 2,000 generated dossiers, on 1 and 2 threads: the rules' outcomes are
     * identical to each other and to the reference's.
     */
    private void threadCountIdentity() {
        List<String> problems = new ArrayList<>();
        compareThreads("edition 2023", Workloads.exampleEdition(), problems);
        compareThreads("2,000 generated dossiers", Workloads.generated(2_000).list(), problems);
        failures |= !problems.isEmpty();
        table.add(String.format(Locale.ROOT, "%-50s %12s %21s %12s %9s  %-14s %s",
                "results on 1 and 2 threads (and reference)", problems.isEmpty() ? "identical" : "DIFFERENT",
                "", "", "", "identical", problems.isEmpty() ? "met" : "NOT MET: " + String.join("; ", problems)));
    }

    private static void compareThreads(String what, List<Dossier> dossiers, List<String> problems) {
        EditionOutcome one = EditionOutcome.of(LabelEngine.builder().edition(Workloads.EDITION).threads(1).build()
                .evaluateEdition(dossiers));
        EditionOutcome two = EditionOutcome.of(LabelEngine.builder().edition(Workloads.EDITION).threads(2).build()
                .evaluateEdition(dossiers));
        EditionOutcome reference = ReferenceEvaluator.forEdition(Workloads.EDITION).evaluateEdition(dossiers);
        if (!one.equals(two)) {
            problems.add(what + ": 1 vs 2 threads: " + one.differencesFrom(two, 3));
        }
        if (!reference.equals(two)) {
            problems.add(what + ": reference vs rules: " + reference.differencesFrom(two, 3));
        }
    }

    // ---------------------------------------------------------------- the table

    private void row(String figure, RunResult engine, RunResult reference, Target goal) {
        if (engine == null || reference == null) {
            failures = true;
            table.add(String.format(Locale.ROOT, "%-50s %12s %21s %12s %9s  %-14s %s", figure,
                    engine == null ? "FAILED" : Stats.of(engine).show(Stats.of(engine).median), "",
                    reference == null ? "FAILED" : Stats.of(reference).show(Stats.of(reference).median), "",
                    goal == null ? "no target" : goal.text(),
                    "not measured: the benchmark failed (the JMH log says why)"));
            return;
        }
        Stats rules = Stats.of(engine);
        Stats yardstick = Stats.of(reference);
        double ratio = rules.median / yardstick.median;
        String target = "no target";
        String status = "";
        if (goal != null) {
            target = goal.text();
            status = goal.met().test(rules.inMillis(rules.median), ratio) ? "met" : "not met";
        }
        table.add(String.format(Locale.ROOT, "%-50s %12s %21s %12s %8sx  %-14s %s", figure,
                rules.show(rules.median), rules.show(rules.min) + " - " + rules.show(rules.max),
                yardstick.show(yardstick.median), Stats.number(ratio), target, status));
    }

    private void print(Path out) {
        String text = String.join("\n", table) + "\n";
        System.out.println();
        System.out.print(text);
        if (out != null) {
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Median, lowest and highest of the measured iterations of a benchmark, in its unit. */
    private record Stats(double median, double min, double max, String unit) {

        static Stats of(RunResult result) {
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            scores.sort(Double::compare);
            int n = scores.size();
            double median = n % 2 == 1 ? scores.get(n / 2) : (scores.get(n / 2 - 1) + scores.get(n / 2)) / 2;
            return new Stats(median, scores.get(0), scores.get(n - 1), result.getPrimaryResult().getScoreUnit());
        }

        double inMillis(double value) {
            return switch (unit) {
                case "us/op" -> value / 1_000;
                case "ns/op" -> value / 1_000_000;
                case "s/op" -> value * 1_000;
                default -> value;
            };
        }

        /** In the most readable unit: µs, ms or s. */
        String show(double value) {
            double ms = inMillis(value);
            if (ms < 1) {
                return number(ms * 1_000) + " us";
            }
            if (ms < 10_000) {
                return number(ms) + " ms";
            }
            return number(ms / 1_000) + " s";
        }

        static String number(double value) {
            if (value >= 100) {
                return String.format(Locale.ROOT, "%,.0f", value);
            }
            if (value >= 10) {
                return String.format(Locale.ROOT, "%.1f", value);
            }
            return String.format(Locale.ROOT, "%.2f", value);
        }
    }
}
