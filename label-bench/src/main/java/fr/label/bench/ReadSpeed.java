package fr.label.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.label.json.LabelJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * How fast the project's reader reads an edition file, alone: every dossier read and checked,
 * handed to a handler that does nothing. Prints MB/s (file bytes over wall time), the CPU seconds
 * of the whole process (garbage collector and compiler included) and of the reading thread, as the
 * median of 5 runs after 2 warm-up runs. With {@code --tokens}, the same for Jackson's streaming
 * parser alone (every token, every text decoded): the ceiling of any reader built on it.
 *
 * <pre>java -cp label-bench.jar fr.label.bench.ReadSpeed FILE [--tokens] [runs]</pre>
 */
public final class ReadSpeed {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UP = 2;

    private ReadSpeed() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ReadSpeed FILE [--tokens] [runs]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        boolean tokensOnly = Arrays.asList(args).contains("--tokens");
        int runs = Arrays.stream(args).skip(1).filter(a -> a.matches("\\d+")).mapToInt(Integer::parseInt)
                .findFirst().orElse(5);
        double megabytes = Files.size(file) / 1e6;
        double[] wall = new double[runs];
        double[] processCpu = new double[runs];
        double[] threadCpu = new double[runs];
        long[] counted = new long[2];
        for (int run = -WARM_UP; run < runs; run++) {
            counted[0] = 0;
            counted[1] = 0;
            long cpuBefore = processCpuNanos();
            long threadBefore = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            if (tokensOnly) {
                counted[0] = tokens(file);
            } else {
                LabelJson.readCandidatures(file, (dossier, index) -> counted[0]++, rejection -> counted[1]++);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (run >= 0) {
                wall[run] = seconds;
                processCpu[run] = (processCpuNanos() - cpuBefore) / 1e9;
                threadCpu[run] = (THREADS.getCurrentThreadCpuTime() - threadBefore) / 1e9;
            }
            System.out.printf(Locale.ROOT, "%s %d: %.2f s, %.1f MB/s%n", run < 0 ? "warm-up" : "run", Math.abs(run),
                    seconds, megabytes / seconds);
        }
        System.out.printf(Locale.ROOT, "%s: %s, %.1f MB, %s%n", tokensOnly ? "Jackson tokens alone" : "LabelJson reader",
                file.getFileName(), megabytes, tokensOnly ? counted[0] + " tokens"
                        : counted[0] + " valid dossiers, " + counted[1] + " rejected");
        System.out.printf(Locale.ROOT, "median of %d runs: %.1f MB/s (%.2f s wall, min-max %.2f-%.2f), "
                        + "CPU %.2f s process, %.2f s reading thread%n",
                runs, megabytes / median(wall), median(wall), min(wall), max(wall), median(processCpu), median(threadCpu));
    }

    /** Every token of the file, every text and number decoded, nothing built. */
    private static long tokens(Path file) throws IOException {
        long count = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = new JsonFactory().createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    parser.getText();
                } else if (token == JsonToken.VALUE_NUMBER_INT) {
                    parser.getIntValue();
                }
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
