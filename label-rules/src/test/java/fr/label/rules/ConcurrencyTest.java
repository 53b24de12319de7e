package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.sketch.DossierSketch;
import fr.label.dossier.HistoryEntry;
import fr.label.result.Palmares;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** One compiled rule base shared by threads gives the results of a sequential run. */
class ConcurrencyTest {

    private static List<Dossier> varied(int count) {
        Random random = new Random(42);
        String[] enjeux = {"DEMOCRATIE_LOCALE", "MEDIATION", "EDUCATION", "TRANSITION_ECOLOGIQUE"};
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CollectiviteType type = CollectiviteType.values()[random.nextInt(3)];
            int enjeuxCovered = 3 + random.nextInt(13);
            int strong = random.nextInt(Math.min(enjeuxCovered, 7) + 1);
            int actions = enjeuxCovered + strong + random.nextInt(60);
            DossierSketch sketch = Dossiers.dossier(2023, type, String.format("99X%03d", i))
                    .profile(actions, enjeuxCovered, strong, Math.min(4, enjeuxCovered), random.nextBoolean())
                    .innovativeActionsIn(enjeux[random.nextInt(4)], random.nextInt(4))
                    .actionsIn(enjeux[random.nextInt(4)], random.nextInt(5));
            for (int year = 2016; year < 2023; year++) {
                sketch.history(new HistoryEntry(year, 3 + random.nextInt(3), false));
            }
            dossiers.add(sketch.build());
        }
        return dossiers;
    }

    @Test
    void anEditionEvaluatedOnTwoThreadsGivesTheSameResultsAsOnOne() {
        List<Dossier> dossiers = varied(120);

        Palmares sequential = LabelEngine.builder().edition(2023).threads(1).build().evaluateEdition(dossiers);
        Palmares parallel = LabelEngine.builder().edition(2023).threads(2).build().evaluateEdition(dossiers);

        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.summary().mentionsAwardedInAll()).isPositive();
        assertThat(sequential.summary().excellenceAwarded()).isPositive();
    }
}
