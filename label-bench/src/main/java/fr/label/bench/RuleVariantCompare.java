package fr.label.bench;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two rule directories of the edition 2023 (say, {@code ./label rules --edition 2023 --export
 * before} and a changed copy), compiled at run time and evaluated in turns on this thread: the CPU
 * time and the bytes allocated per dossier of 0, 20, 100 and 200 actions, and the ratio of the
 * second to the first, round by round. Both take the same load at the same moment, so the ratio
 * holds on a machine shared with other work, where absolute figures do not. Also checks that both
 * give the same results but the rules' digest.
 *
 * <p>The rule compiler comes with the tool's jar (the benchmarks' jar has none):
 * <pre>java -cp label-cli/target/label.jar:label-bench/target/label-bench.jar \
 *     fr.label.bench.RuleVariantCompare before after [rounds]</pre>
 */
public final class RuleVariantCompare {

    private static final com.sun.management.ThreadMXBean THREAD =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private RuleVariantCompare() {
    }

    public static void main(String[] args) {
        LabelEngine first = engine(Path.of(args[0]));
        LabelEngine second = engine(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        for (int actions : new int[] {0, 20, 100, 200}) {
            Dossier dossier = Workloads.singleDossier(actions);
            if (!withoutDigest(first, dossier).equals(withoutDigest(second, dossier))) {
                System.out.println("DIFFERENT RESULTS for a dossier of " + actions + " actions");
            }
            int repeat = 2000 / (actions / 20 + 1);
            double[] ratios = new double[rounds];
            double[] firstCpu = new double[rounds];
            double[] secondCpu = new double[rounds];
            for (int round = -3; round < rounds; round++) { // three rounds of warm-up
                double a = CpuCompare.perOperation(repeat, () -> first.evaluate(dossier)) / 1e3;
                double b = CpuCompare.perOperation(repeat, () -> second.evaluate(dossier)) / 1e3;
                if (round >= 0) {
                    firstCpu[round] = a;
                    secondCpu[round] = b;
                    ratios[round] = b / a;
                }
            }
            System.out.printf(Locale.ROOT,
                    "%3d actions: CPU %.0f -> %.0f us, ratio %.3f (%.3f - %.3f); allocated %.1f -> %.1f kB%n",
                    actions, CpuCompare.median(firstCpu), CpuCompare.median(secondCpu), CpuCompare.median(ratios),
                    Arrays.stream(ratios).min().orElse(0), Arrays.stream(ratios).max().orElse(0),
                    allocatedPerEvaluation(first, dossier, repeat), allocatedPerEvaluation(second, dossier, repeat));
        }
    }

    private static LabelEngine engine(Path rules) {
        return LabelEngine.builder().edition(Workloads.EDITION).rules(rules).threads(1).build();
    }

    private static String withoutDigest(LabelEngine engine, Dossier dossier) {
        return LabelJson.toJson(engine.evaluate(dossier), Language.EN).replaceAll("sha256:[0-9a-f]+", "");
    }

    private static double allocatedPerEvaluation(LabelEngine engine, Dossier dossier, int repeat) {
        long id = Thread.currentThread().getId();
        long start = THREAD.getThreadAllocatedBytes(id);
        for (int i = 0; i < repeat; i++) {
            engine.evaluate(dossier);
        }
        return (THREAD.getThreadAllocatedBytes(id) - start) / 1e3 / repeat;
    }
}
