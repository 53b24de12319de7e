package fr.label.rules.engine;

import fr.label.LabelEngine;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.referentiel.Referentiel;
import fr.label.sketch.DossierSketch;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An outcome written with the edition's table of words reads back equal, whether its words are
 * numbered or, once the table is full, written in full; records hold the numbers, not the words.
 * A record in memory has the bytes of Java's data streams, without their locks.
 */
class OutcomeCodecTest {

    private static final DossierEvaluator EVALUATOR = new DossierEvaluator(ShippedRuleSets.ruleSet(2023),
            Referentiel.defaultReferentiel(), null, LabelEngine.DEFAULT_MAX_FIRINGS, null);

    private static DossierOutcome candidate(String code) {
        return EVALUATOR.evaluate(DossierSketch.of(2023, Collectivite.of(code, "Commune " + code, CollectiviteType.VILLE))
                .profile(40, 9, 3, 4, true).innovativeActionsIn("EDUCATION", 3).build());
    }

    private static byte[] written(DossierOutcome outcome, OutcomeCodec.Words words) throws Exception {
        RecordBytes.Output bytes = new RecordBytes.Output(16);
        OutcomeCodec.write(outcome, bytes, words);
        return bytes.toByteArray();
    }

    private static DossierOutcome read(byte[] bytes, DossierOutcome written, OutcomeCodec.Words words) throws Exception {
        return OutcomeCodec.read(new RecordBytes.Input(bytes), written.candidates(), words);
    }

    @Test
    void anOutcomeReadsBackEqualWithItsWordsNumberedOrInFull() throws Exception {
        DossierOutcome outcome = candidate("98X01");
        assertThat(outcome.candidates()).isNotEmpty();
        for (int bound : new int[] {0, 7, 1 << 16}) {
            OutcomeCodec.Words words = new OutcomeCodec.Words(bound);
            assertThat(read(written(outcome, words), outcome, words)).as("a table of %d words", bound).isEqualTo(outcome);
        }
    }

    @Test
    void outcomesWrittenWithOneTableHoldTheNumbersOfTheirWordsAndReadBackEqual() throws Exception {
        OutcomeCodec.Words words = new OutcomeCodec.Words();
        DossierOutcome first = candidate("98X01");
        DossierOutcome second = candidate("98X02");
        byte[] firstBytes = written(first, words);
        byte[] secondBytes = written(second, words);

        assertThat(read(secondBytes, second, words)).isEqualTo(second);
        assertThat(read(firstBytes, first, words)).isEqualTo(first);
        // The templates, titles and rule names are in the table, not in each record.
        assertThat(secondBytes.length).isLessThan(written(second, new OutcomeCodec.Words(0)).length * 2 / 3);
    }

    @Test
    void aRecordInMemoryHoldsTheBytesOfTheJavaDataStreams() throws Exception {
        DossierOutcome outcome = candidate("98X03");
        OutcomeCodec.Words words = new OutcomeCodec.Words();
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        OutcomeCodec.write(outcome, new DataOutputStream(streamed), words);

        assertThat(written(outcome, words)).isEqualTo(streamed.toByteArray());
        assertThat(OutcomeCodec.read(new DataInputStream(new ByteArrayInputStream(streamed.toByteArray())),
                outcome.candidates(), words)).isEqualTo(outcome);
        RecordBytes.Output numbers = new RecordBytes.Output(1);
        numbers.writeLong(-2L);
        numbers.writeDouble(0.5);
        numbers.writeShort(-3);
        RecordBytes.Input input = new RecordBytes.Input(numbers.toByteArray());
        assertThat(input.readLong()).isEqualTo(-2L);
        assertThat(input.readDouble()).isEqualTo(0.5);
        assertThat(input.readShort()).isEqualTo((short) -3);
    }

    @Test
    void aRecordCutShortIsAnEndOfFileNotAnotherRecordsBytes() throws Exception {
        DossierOutcome outcome = candidate("98X04");
        OutcomeCodec.Words words = new OutcomeCodec.Words();
        byte[] bytes = written(outcome, words);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> read(cut, outcome, words)).isInstanceOf(EOFException.class);
    }
}
