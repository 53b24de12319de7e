package fr.label.rules.engine;

import fr.label.LabelEngine;
import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.sketch.DossierSketch;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mention candidates' outcomes an edition keeps on disk until the awards come back equal to
 * those kept in memory: same results, same order, and no temporary file left behind.
 */
class HeldOutcomesTest {

    /** Thirty dossiers of every type, most of them mention candidates, with refused actions and history. */
    private static List<Dossier> edition() {
        CollectiviteType[] types = CollectiviteType.values();
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            CollectiviteType type = types[i % types.length];
            DossierSketch sketch = DossierSketch.of(2023,
                            Collectivite.of(String.format("98X%02d", i), "Commune d'essai n°" + i + " « é »", type))
                    .profile(20 + i, 6 + i % 8, i % 3, 4, i % 2 == 0);
            if (i % 4 != 3) {
                sketch.innovativeActionsIn(i % 2 == 0 ? "EDUCATION" : "CULTURE_PATRIMOINE", 1 + i % 4);
            }
            if (i % 5 == 0) {
                sketch.fiveArobasesIn(2019, 2021);
            }
            // A duplicate, an unknown service and an action not started yet: refused, with their reasons.
            sketch.action(new Action("dup-" + i, "Doublon", List.of("SVC-INCONNU"), LocalDate.of(2021, 3, 1), null, false));
            sketch.action(new Action("dup-" + i, "Doublon encore", List.of("SVC-INCONNU"), LocalDate.of(2021, 3, 1), null,
                    false));
            sketch.action(new Action("late-" + i, "Trop tard", List.of("SVC-INCONNU"), LocalDate.of(2030, 1, 1), null,
                    true));
            dossiers.add(sketch.build());
        }
        return dossiers;
    }

    private static List<Result> streamed(DroolsLabelEngine engine, List<Dossier> dossiers) {
        List<Result> results = new ArrayList<>();
        engine.evaluateEdition(dossiers.iterator(), results::add);
        return results;
    }

    private static DroolsLabelEngine engine(int threads) {
        return (DroolsLabelEngine) LabelEngine.builder().edition(2023).threads(threads).build();
    }

    private static Set<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("label-candidates-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void outcomesKeptOnDiskGiveTheResultsOfOutcomesKeptInMemory() throws IOException {
        List<Dossier> dossiers = edition();
        List<Result> inMemory = streamed(engine(1), dossiers);
        assertThat(inMemory.stream().filter(r -> !r.mentionsEligible().isEmpty()).count())
                .as("mention candidates, which wait for the awards").isGreaterThan(5);
        Set<Path> before = temporaryFiles();

        for (int kept : new int[] {0, 3}) {
            for (int threads : new int[] {1, 2}) {
                DroolsLabelEngine engine = engine(threads);
                engine.keepInMemory(kept);
                assertThat(streamed(engine, dossiers)).as("%d kept in memory, %d threads", kept, threads)
                        .containsExactlyElementsOf(inMemory);
            }
        }
        assertThat(temporaryFiles()).as("the temporary files are deleted").isEqualTo(before);
    }

    @Test
    void anEditionInMemoryGetsTheSameResultsWithItsCandidatesOnDisk() {
        List<Dossier> dossiers = edition();
        Palmares inMemory = engine(2).evaluateEdition(dossiers);
        DroolsLabelEngine engine = engine(2);
        engine.keepInMemory(0);

        assertThat(engine.evaluateEdition(dossiers)).isEqualTo(inMemory);
    }
}
