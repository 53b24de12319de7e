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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outcome written with the edition's table of words reads back equal, whether its words are
 * numbered or, once the table is full, written in full; records hold the numbers, not the words.
 */
class OutcomeCodecTest {

    private static final DossierEvaluator EVALUATOR = new DossierEvaluator(ShippedRuleSets.ruleSet(2023),
            Referentiel.defaultReferentiel(), null, LabelEngine.DEFAULT_MAX_FIRINGS, null);

    private static DossierOutcome candidate(String code) {
        return EVALUATOR.evaluate(DossierSketch.of(2023, Collectivite.of(code, "Commune " + code, CollectiviteType.VILLE))
                .profile(40, 9, 3, 4, true).innovativeActionsIn("EDUCATION", 3).build());
    }

    private static byte[] written(DossierOutcome outcome, OutcomeCodec.Words words) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutcomeCodec.write(outcome, new DataOutputStream(bytes), words);
        return bytes.toByteArray();
    }

    private static DossierOutcome read(byte[] bytes, DossierOutcome written, OutcomeCodec.Words words) throws Exception {
        return OutcomeCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)), written.candidates(), words);
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
}
