package fr.label.bench;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The shipped rules of the edition 2023 with and without the alpha network compiled at build time
 * (README, "Drools' alpha network compiler"), evaluated in turns on this thread: CPU time per
 * dossier of 0, 20, 100 and 200 actions and per example edition (257 dossiers, one thread), and the
 * ratio with to without, round by round (each round without, with, with, without). The two sides are the same jars loaded twice, each by
 * its own class loader, one with {@code -Dfr.label.rules.alphaNetwork=false} in force while its
 * rules load: the same rules, the same executable model, only the alpha network differs. Also
 * checks that both give the same results.
 *
 * <pre>java -cp label-cli/target/label.jar:label-bench/target/label-bench.jar \
 *     fr.label.bench.AlphaNetworkCompare [rounds]</pre>
 */
public final class AlphaNetworkCompare {

    private static final String PROPERTY = "fr.label.rules.alphaNetwork";

    private AlphaNetworkCompare() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        System.setProperty(PROPERTY, "false");
        IntFunction<Runnable> without = side();
        System.clearProperty(PROPERTY);
        IntFunction<Runnable> with = side();
        for (int actions : new int[] {0, 20, 100, 200, -1}) {
            if (!with.apply(actions).toString().equals(without.apply(actions).toString())) {
                System.out.println("DIFFERENT RESULTS for " + what(actions));
            }
            Runnable first = without.apply(actions);
            Runnable second = with.apply(actions);
            int repeat = actions < 0 ? 2 : 1000 / (actions / 20 + 1);
            double[] ratios = new double[rounds];
            double[] firstCpu = new double[rounds];
            double[] secondCpu = new double[rounds];
            for (int round = -3; round < rounds; round++) { // three rounds of warm-up
                // Without, with, with, without: a load that rises or falls during the round weighs on both alike.
                double a = CpuCompare.perOperation(repeat, first) / 1e3;
                double b = CpuCompare.perOperation(repeat, second) / 1e3;
                b = (b + CpuCompare.perOperation(repeat, second) / 1e3) / 2;
                a = (a + CpuCompare.perOperation(repeat, first) / 1e3) / 2;
                if (round >= 0) {
                    firstCpu[round] = a;
                    secondCpu[round] = b;
                    ratios[round] = b / a;
                }
            }
            System.out.printf(Locale.ROOT, "%-30s CPU without %.0f us, with %.0f us, ratio %.3f (%.3f - %.3f)%n",
                    what(actions), CpuCompare.median(firstCpu), CpuCompare.median(secondCpu), CpuCompare.median(ratios),
                    Arrays.stream(ratios).min().orElse(0), Arrays.stream(ratios).max().orElse(0));
        }
    }

    private static String what(int actions) {
        return actions < 0 ? "example edition 2023:" : actions + " actions:";
    }

    /** The engine of one class loader of the jars: a dossier's evaluation, whose toString is its result. */
    @SuppressWarnings("unchecked")
    private static IntFunction<Runnable> side() throws Exception {
        URL[] jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(AlphaNetworkCompare::url).toArray(URL[]::new);
        ClassLoader loader = new URLClassLoader(jars, ClassLoader.getPlatformClassLoader());
        Method evaluations = loader.loadClass(Side.class.getName()).getMethod("evaluations");
        // Drools finds its services through the context class loader: the side's own while it loads.
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return (IntFunction<Runnable>) evaluations.invoke(null);
        } finally {
            Thread.currentThread().setContextClassLoader(context);
        }
    }

    private static URL url(String path) {
        try {
            return new File(path).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs inside a side's class loader: only JDK types cross over. */
    public static final class Side {

        private Side() {
        }

        public static IntFunction<Runnable> evaluations() {
            LabelEngine engine = LabelEngine.builder().edition(Workloads.EDITION).threads(1).build();
            engine.evaluate(Workloads.singleDossier(0)); // the rules load now, under the property in force
            List<Dossier> edition = Workloads.exampleEdition();
            return actions -> {
                if (actions < 0) {
                    return new Evaluation(() -> engine.evaluateEdition(edition), () -> engine.evaluateEdition(edition).toString());
                }
                Dossier dossier = Workloads.singleDossier(actions);
                return new Evaluation(() -> engine.evaluate(dossier), () -> LabelJson.toJson(engine.evaluate(dossier), Language.EN));
            };
        }
    }

    /** An operation to time, whose toString is what it gives, to compare both sides. */
    private record Evaluation(Runnable operation, Supplier<String> result) implements Runnable {
        @Override
        public void run() {
            operation.run();
        }

        @Override
        public String toString() {
            return result.get();
        }
    }
}
