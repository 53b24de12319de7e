package fr.label.rules.engine;

import fr.label.LabelEngine;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.referentiel.Referentiel;
import fr.label.sketch.DossierSketch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What {@link RecordBytes} saves against Java's data streams over byte arrays: one mention
 * candidate's outcome of 100 actions written and read back each way, in turns, CPU time of this
 * thread; prints the median ratio (new / old) of the rounds after five of warm-up. Not a test
 * (nothing to assert): run by hand, see docs/performance.md.
 *
 * <pre>
 * mvn -B -o -q -pl label-cli -am package -DskipTests &amp;&amp; mvn -B -o -q -pl label-core,label-rules test-compile
 * java -cp label-rules/target/test-classes:label-cli/target/label.jar fr.label.rules.engine.RecordBytesProbe
 * </pre>
 */
final class RecordBytesProbe {

    public static void main(String[] args) throws Exception {
        ThreadCpu cpu = new ThreadCpu();
        RuleSet ruleSet = ShippedRuleSets.ruleSet(2023);
        Referentiel referentiel = Referentiel.defaultReferentiel();
        DossierEvaluator evaluator = new DossierEvaluator(ruleSet, referentiel, null, LabelEngine.DEFAULT_MAX_FIRINGS,
                FigureFacts.capture(ruleSet, referentiel));
        DossierOutcome outcome = evaluator.evaluate(DossierSketch.of(2023,
                        Collectivite.of("99X01", "Commune d'essai", CollectiviteType.VILLE))
                .profile(100, 12, 4, 4, true).innovativeActionsIn("EDUCATION", 2).build());
        OutcomeCodec.Words words = new OutcomeCodec.Words();
        int repeat = 3000;
        List<Double> writes = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        for (int round = -5; round < 20; round++) {
            long t0 = cpu.now();
            byte[] streamed = null;
            for (int i = 0; i < repeat; i++) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 13);
                OutcomeCodec.write(outcome, new DataOutputStream(bytes), words);
                streamed = bytes.toByteArray();
            }
            long t1 = cpu.now();
            byte[] record = null;
            for (int i = 0; i < repeat; i++) {
                RecordBytes.Output bytes = new RecordBytes.Output(1 << 13);
                OutcomeCodec.write(outcome, bytes, words);
                record = bytes.toByteArray();
            }
            long t2 = cpu.now();
            for (int i = 0; i < repeat; i++) {
                OutcomeCodec.read(new DataInputStream(new ByteArrayInputStream(streamed)), outcome.candidates(), words);
            }
            long t3 = cpu.now();
            for (int i = 0; i < repeat; i++) {
                OutcomeCodec.read(new RecordBytes.Input(record), outcome.candidates(), words);
            }
            long t4 = cpu.now();
            if (round >= 0) {
                writes.add((double) (t2 - t1) / (t1 - t0));
                reads.add((double) (t4 - t3) / (t3 - t2));
            }
            System.out.printf(Locale.ROOT, "%d bytes: write %.1f -> %.1f us, read %.1f -> %.1f us%n", record.length,
                    (t1 - t0) / 1e3 / repeat, (t2 - t1) / 1e3 / repeat, (t3 - t2) / 1e3 / repeat, (t4 - t3) / 1e3 / repeat);
        }
        Collections.sort(writes);
        Collections.sort(reads);
        System.out.printf(Locale.ROOT, "median ratio, RecordBytes / data streams: write %.2f, read %.2f%n",
                writes.get(writes.size() / 2), reads.get(reads.size() / 2));
    }
}
