package fr.label.rules.engine;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * CPU time of the current thread, for the probes run by hand ({@link BatchShareProbe},
 * {@link RecordBytesProbe}). The module label-rules does not read java.management (only the
 * probes need it): reflection reads it without a {@code requires} in module-info.
 */
final class ThreadCpu {

    private final Object threads;
    private final Method cpuTime;

    ThreadCpu() throws ReflectiveOperationException {
        threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        cpuTime = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
    }

    /** Nanoseconds of CPU this thread has used. */
    long now() {
        try {
            return (Long) cpuTime.invoke(threads);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Nanoseconds of CPU per run of the operation, over {@code repeat} runs. */
    double perOperation(int repeat, Runnable operation) {
        long start = now();
        for (int i = 0; i < repeat; i++) {
            operation.run();
        }
        return (now() - start) / (double) repeat;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
