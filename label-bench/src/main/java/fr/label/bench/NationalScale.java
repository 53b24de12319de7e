package fr.label.bench;

import fr.label.LabelEngine;
import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import fr.label.result.Palmares;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The evaluation part of a national-scale edition, the rules against the reference evaluator in
 * the same JVM: reads an edition file (e.g. 35,000 dossiers of ~100 actions written by
 * {@link SyntheticEditions}), evaluates it with the reference, then with the rules, and checks
 * that both decide the same. Times are wall-clock, one run each, JIT warm-up included (a user
 * evaluates such an edition once).
 *
 * <p>When the rules cannot evaluate the edition (or with {@code --alone}), the dossiers are also
 * evaluated one by one, alone (no caps), on the same threads: the part of the cost that does not
 * depend on the other dossiers.
 *
 * <pre>
 * java -cp label-bench/target/label-bench.jar fr.label.bench.NationalScale FILE [--threads 2] [--alone]
 * </pre>
 *
 * Prints one line per figure ({@code bench/run.sh} reads them); exit status 1 when the rules and
 * the reference differ or the rules fail.
 */
public final class NationalScale {

    /** The target: the rules' evaluation within 5 times the reference's. */
    static final double RATIO_TARGET = 5;

    private NationalScale() {
    }

    public static void main(String[] args) {
        Path file = null;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean alone = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--alone" -> alone = true;
                default -> {
                    if (args[i].startsWith("-") || file != null) {
                        usage();
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) {
            usage();
        }
        boolean failed = false;

        long started = System.nanoTime();
        Candidatures candidatures = LabelJson.readCandidatures(file);
        double read = seconds(started);
        long actions = candidatures.dossiers().stream().mapToLong(d -> d.actions().size()).sum();
        System.out.printf(Locale.ROOT, "read %s: %,d dossiers, %,d actions, %d rejected, in %.2f s%n",
                file.getFileName(), candidatures.dossiers().size(), actions, candidatures.rejections().size(), read);

        ReferenceEvaluator reference = ReferenceEvaluator.forEdition(candidatures.edition());
        started = System.nanoTime();
        EditionOutcome expected = reference.evaluateEdition(candidatures.dossiers(), threads);
        double referenceSeconds = seconds(started);

        started = System.nanoTime();
        LabelEngine engine = LabelEngine.builder().edition(candidatures.edition()).threads(threads).build();
        System.out.printf(Locale.ROOT, "rules compiled in %.2f s%n", seconds(started));
        started = System.nanoTime();
        EditionOutcome actual = null;
        String failure = null;
        try {
            Palmares palmares = engine.evaluateEdition(candidatures);
            actual = EditionOutcome.of(palmares);
        } catch (OutOfMemoryError | RuntimeException e) {
            // The palmarès and its sessions are unreachable now: the heap is free for what follows.
            failure = e.getClass().getSimpleName() + " after " + String.format(Locale.ROOT, "%.1f", seconds(started))
                    + " s" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        double evaluation = seconds(started);
        if (actual != null) {
            List<String> differences = expected.differencesFrom(actual, 3);
            double ratio = evaluation / referenceSeconds;
            System.out.printf(Locale.ROOT, "national evaluation: rules %.2f s, reference %.2f s, ratio %.1fx "
                    + "(target <= %.0fx: %s), %d thread(s)%n", evaluation, referenceSeconds, ratio, RATIO_TARGET,
                    ratio <= RATIO_TARGET ? "met" : "not met", threads);
            System.out.println("rules and reference: " + (differences.isEmpty() ? "identical" : "DIFFERENT " + differences));
            failed = !differences.isEmpty();
        } else {
            System.out.printf(Locale.ROOT, "national evaluation: rules FAILED (%s), reference %.2f s, %d thread(s)%n",
                    failure, referenceSeconds, threads);
            failed = true;
        }
        actual = null;
        expected = null;

        if (alone || failure != null) {
            dossiersAlone(candidatures.dossiers(), engine, reference, threads);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap: %,d MB committed, %,d MB max%n", runtime.totalMemory() >> 20,
                runtime.maxMemory() >> 20);
        if (failed) {
            System.exit(1);
        }
    }

    /** Each dossier evaluated alone, by both, on the same threads; only the outcomes are kept. */
    private static void dossiersAlone(List<Dossier> dossiers, LabelEngine engine, ReferenceEvaluator reference,
                                      int threads) {
        long started = System.nanoTime();
        List<Outcome> expected = inParallel(threads, () -> dossiers.parallelStream().map(reference::evaluate).toList());
        double referenceSeconds = seconds(started);
        started = System.nanoTime();
        List<Outcome> actual = inParallel(threads,
                () -> dossiers.parallelStream().map(d -> Outcome.of(engine.evaluate(d))).toList());
        double rules = seconds(started);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < expected.size() && differences.size() < 3; i++) {
            List<String> about = expected.get(i).differencesFrom(actual.get(i));
            if (!about.isEmpty()) {
                differences.add(expected.get(i).code() + ": " + about);
            }
        }
        System.out.printf(Locale.ROOT, "national dossiers alone (no caps): rules %.2f s, reference %.2f s, ratio %.1fx, "
                + "%d thread(s), %s%n", rules, referenceSeconds, rules / referenceSeconds, threads,
                differences.isEmpty() ? "identical" : "DIFFERENT " + differences);
    }

    private static <T> T inParallel(int threads, java.util.concurrent.Callable<T> task) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static void usage() {
        System.err.println("usage: NationalScale FILE [--threads N] [--alone]");
        System.exit(2);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
