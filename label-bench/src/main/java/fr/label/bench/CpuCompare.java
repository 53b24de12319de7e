package fr.label.bench;

import fr.label.LabelEngine;
import fr.label.dossier.Dossier;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The engine's and the reference's CPU time per operation, measured on this thread's own CPU
 * clock, engine and reference taking turns: on a machine shared with other work, wall-clock
 * benchmarks swing with the load, while a thread's CPU time swings much less. A check beside JMH,
 * not a replacement.
 *
 * <pre>java -cp label-bench.jar fr.label.bench.CpuCompare [rounds]</pre>
 */
public final class CpuCompare {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuCompare() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        LabelEngine engine = LabelEngine.forEdition(Workloads.EDITION);
        ReferenceEvaluator reference = ReferenceEvaluator.forEdition(Workloads.EDITION);
        for (int actions : new int[] {0, 20, 60, 200}) {
            Dossier dossier = Workloads.singleDossier(actions);
            int repeat = 4000 / (actions / 20 + 1);
            double[] ruled = new double[rounds];
            double[] plain = new double[rounds];
            for (int round = -3; round < rounds; round++) { // three rounds of warm-up
                double e = perOperation(repeat, () -> engine.evaluate(dossier));
                double r = perOperation(repeat * 5, () -> reference.evaluate(dossier));
                if (round >= 0) {
                    ruled[round] = e;
                    plain[round] = r;
                }
            }
            report("single dossier, " + actions + " actions (µs CPU)", ruled, plain, 1e3);
        }
        LabelEngine oneThread = LabelEngine.builder().edition(Workloads.EDITION).threads(1).build();
        List<Dossier> edition = Workloads.exampleEdition();
        double[] ruled = new double[rounds];
        double[] plain = new double[rounds];
        for (int round = -3; round < rounds; round++) {
            double e = perOperation(10, () -> oneThread.evaluateEdition(edition));
            double r = perOperation(50, () -> reference.evaluateEdition(edition, 1));
            if (round >= 0) {
                ruled[round] = e;
                plain[round] = r;
            }
        }
        report("edition 2023, 1 thread (ms CPU)", ruled, plain, 1e6);
    }

    /** This thread's CPU time per run of {@code operation}, in nanoseconds. */
    static double perOperation(int repeat, Runnable operation) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < repeat; i++) {
            operation.run();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / (double) repeat;
    }

    private static void report(String what, double[] ruled, double[] plain, double unit) {
        double e = median(ruled) / unit;
        double r = median(plain) / unit;
        System.out.printf(java.util.Locale.ROOT, "%-42s engine %9.2f (%.2f - %.2f)  reference %8.2f  ratio %5.1f%n",
                what, e, Arrays.stream(ruled).min().orElse(0) / unit, Arrays.stream(ruled).max().orElse(0) / unit,
                r, e / r);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
