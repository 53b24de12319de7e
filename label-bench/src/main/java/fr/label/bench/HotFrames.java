package fr.label.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the CPU time goes, from the execution samples of a JFR recording (the events
 * {@code jfr print --events jdk.ExecutionSample} shows): the methods on top of the stacks (self
 * time), the same grouped by library, and the methods of the project and of Drools found
 * anywhere in the stacks (total time).
 *
 * <pre>
 * java -cp label-bench.jar fr.label.bench.HotFrames engine.jfr [top]
 * </pre>
 */
public final class HotFrames {

    private HotFrames() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HotFrames FILE.jfr [top]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> selfByGroup = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            String head = name(frames.get(0).getMethod());
            self.merge(head, 1, Integer::sum);
            selfByGroup.merge(group(head), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = name(frame.getMethod());
                if (telling(method) && seen.add(method)) {
                    total.merge(method, 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%,d execution samples in %s%n", samples, args[0]);
        print("self time by library (top frame)", selfByGroup, samples, top);
        print("self time by method (top frame)", self, samples, top);
        print("total time of the project's methods, Drools' node kinds and session calls (anywhere in the stack)",
                total, samples, top);
    }

    /**
     * Whether a method tells where the time goes when counted with its callees: the project's own
     * methods, Drools' network nodes (one per kind of pattern: join, accumulate, from, not...) and
     * the session's life cycle. Lambdas and the agenda's plumbing only repeat their callers.
     */
    static boolean telling(String method) {
        if (method.contains("lambda$") || method.contains("$$Lambda")) {
            return false;
        }
        return method.startsWith("fr.label.")
                || method.matches("org\\.drools\\.core\\.phreak\\.Phreak\\w+Node\\.do\\w+")
                || method.matches("org\\.drools\\.kiesession\\.session\\.StatefulKnowledgeSessionImpl\\."
                        + "(insert|dispose|fireAllRules|<init>)")
                || method.endsWith(".newKieSession");
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }

    /** The library a method belongs to, for a coarse view. */
    static String group(String method) {
        if (method.startsWith("fr.label.bench.")) {
            return "reference evaluator / benchmark (fr.label.bench)";
        }
        if (method.startsWith("fr.label.")) {
            return "project (fr.label)";
        }
        if (method.startsWith("org.drools.mvel.") || method.startsWith("org.mvel2.")) {
            return "Drools MVEL (org.drools.mvel, org.mvel2)";
        }
        if (method.startsWith("org.drools.") || method.startsWith("org.kie.")) {
            return "Drools engine (org.drools, org.kie)";
        }
        if (method.startsWith("com.fasterxml.")) {
            return "Jackson";
        }
        if (method.startsWith("java.") || method.startsWith("jdk.") || method.startsWith("sun.")) {
            return "JDK";
        }
        if (method.contains("$$Lambda") || method.startsWith("ConsequenceGenerated") || method.contains("Generated")) {
            return "generated code";
        }
        return "other (" + method.substring(0, Math.max(0, method.indexOf('.', method.indexOf('.') + 1))) + ")";
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println();
        System.out.println(title + ":");
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((name, count) -> System.out.printf(Locale.ROOT, "  %5.1f %%  %6d  %s%n",
                100.0 * count / samples, count, name));
    }
}
