package fr.label.bench;

import fr.label.LabelEngine;
import fr.label.dossier.Dossier;

import java.util.List;
import java.util.Locale;

/**
 * Keeps the rules busy on the example edition 2023 for a while, for a profiler to sample: run it
 * under {@code -XX:StartFlightRecording} (see {@code bench/profile.sh}), then read the
 * recording with {@link HotFrames}.
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=engine.jfr,settings=profile -cp label.jar \
 *      fr.label.bench.ProfileWorkload [seconds] [threads]
 * </pre>
 */
public final class ProfileWorkload {

    private ProfileWorkload() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Dossier> candidatures = Workloads.exampleEdition();
        LabelEngine engine = LabelEngine.builder().edition(Workloads.EDITION).threads(threads).build();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        int editions = 0;
        long started = System.nanoTime();
        while (System.nanoTime() < until) {
            engine.evaluateEdition(candidatures);
            editions++;
        }
        System.out.printf(Locale.ROOT, "%d evaluations of the edition 2023 on %d thread(s), %.1f ms each on average%n",
                editions, threads, (System.nanoTime() - started) / 1e6 / editions);
    }
}
