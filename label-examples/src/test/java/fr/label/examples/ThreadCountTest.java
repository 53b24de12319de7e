package fr.label.examples;

import fr.label.LabelEngine;
import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.result.Palmares;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule base is shared by the evaluating threads; their number changes nothing in the results. */
class ThreadCountTest {

    @Test
    void the2023EditionOnTwoThreadsGivesTheResultsOfOneThread() {
        Candidatures edition = ExampleEditions.read(2023);

        Palmares oneThread = LabelEngine.builder().edition(2023).threads(1).build().evaluateEdition(edition);
        Palmares twoThreads = LabelEngine.builder().edition(2023).threads(2).build().evaluateEdition(edition);

        assertThat(twoThreads.results()).hasSize(257).isEqualTo(oneThread.results());
        assertThat(twoThreads.summary()).isEqualTo(oneThread.summary());
    }

    @Test
    void aThreadCountWhoseInFlightWindowWouldOverflowAnIntStillEvaluates() {
        // 268,435,456 threads * 8 dossiers in flight overflowed to a negative window (issue 10).
        List<Dossier> slice = ExampleEditions.read(2023).dossiers().subList(0, 20);

        Palmares oneThread = LabelEngine.builder().edition(2023).threads(1).build().evaluateEdition(slice);
        Palmares huge = LabelEngine.builder().edition(2023).threads(268_435_456).build().evaluateEdition(slice);

        assertThat(huge.results()).hasSize(20).isEqualTo(oneThread.results());
    }
}
