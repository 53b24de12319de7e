package fr.label.bench;

import fr.label.dossier.Candidatures;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import fr.label.result.ExcellenceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic generator is deterministic, writes files the library reads back, and draws valid, realistic dossiers. */
class SyntheticEditionsTest {

    @Test
    void sameSeedDrawsTheSameDossiersAndAnotherSeedOthers() {
        List<Dossier> first = SyntheticEditions.of(2023).dossiers(40).seed(7).boundaryShare(0.5).build().list();
        List<Dossier> again = SyntheticEditions.of(2023).dossiers(40).seed(7).boundaryShare(0.5).build().list();
        List<Dossier> other = SyntheticEditions.of(2023).dossiers(40).seed(8).boundaryShare(0.5).build().list();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aDossierIsTheSameWhateverIsDrawnBeforeIt() {
        SyntheticEditions editions = SyntheticEditions.of(2022).dossiers(30).seed(3).build();

        assertThat(editions.dossier(29)).isEqualTo(editions.list().get(29));
        assertThat(SyntheticEditions.of(2022).dossiers(300).seed(3).build().dossier(29))
                .isEqualTo(editions.dossier(29));
    }

    @Test
    void writtenEditionFileReadsBackAsTheStreamedDossiers(@TempDir Path directory) {
        SyntheticEditions editions = SyntheticEditions.of(2021).dossiers(60).seed(11).boundaryShare(0.5).build();
        Path file = directory.resolve("edition.json");

        editions.write(file);
        Candidatures read = LabelJson.readCandidatures(file);

        assertThat(read.rejections()).isEmpty();
        assertThat(read.edition()).isEqualTo(2021);
        assertThat(read.dossiers()).isEqualTo(editions.list());
    }

    @Test
    void writtenDossierFileReadsBackAsTheDossier(@TempDir Path directory) {
        Dossier dossier = SyntheticEditions.of(2024).dossiers(1).seed(5).actions(60, 60).build().dossier(0);
        Path file = directory.resolve("dossier.json");

        SyntheticEditions.writeDossier(dossier, file);

        assertThat(LabelJson.readDossier(file)).isEqualTo(dossier);
    }

    @Test
    void everyDrawnDossierIsValidInEveryEdition() {
        for (int year : ReferenceMethod.editions()) {
            List<Dossier> dossiers = SyntheticEditions.of(year).dossiers(300).seed(year).actions(0, 80)
                    .boundaryShare(0.5).build().list();

            assertThat(dossiers).as("%s", year).allSatisfy(dossier -> assertThat(LabelJson.problems(dossier)).isEmpty());
            assertThat(dossiers.stream().map(Dossier::code).distinct()).as("%s", year).hasSameSizeAs(dossiers);
        }
    }

    @Test
    void realisticDossiersFileFiveToTwoHundredActionsAboutAHundredOnAverageWithThePublishedMixOfTypes() {
        List<Dossier> dossiers = SyntheticEditions.of(2023).dossiers(2_000).seed(42).build().list();

        IntSummaryStatistics actions = dossiers.stream().mapToInt(d -> d.actions().size()).summaryStatistics();
        assertThat(actions.getMin()).isGreaterThanOrEqualTo(5);
        assertThat(actions.getMax()).isLessThanOrEqualTo(200);
        assertThat(actions.getAverage()).isBetween(90.0, 115.0);
        Map<CollectiviteType, Long> types = dossiers.stream()
                .collect(Collectors.groupingBy(d -> d.collectivite().type(), Collectors.counting()));
        assertThat(types.get(CollectiviteType.VILLE)).isBetween(1_300L, 1_600L);
        assertThat(types.get(CollectiviteType.VILLAGE)).isBetween(350L, 550L);
        assertThat(types.get(CollectiviteType.INTERCOMMUNALITE)).isBetween(50L, 150L);
        assertThat(dossiers.stream().map(Dossier::code).collect(Collectors.toSet())).hasSize(dossiers.size());
    }

    @Test
    void realisticDossiersReachEveryLevelAndExcellenceStatus() {
        List<Dossier> dossiers = SyntheticEditions.of(2023).dossiers(1_000).seed(42).build().list();

        EditionOutcome outcome = ReferenceEvaluator.forEdition(2023).evaluateEdition(dossiers);

        Map<Integer, Long> levels = outcome.results().stream()
                .collect(Collectors.groupingBy(Outcome::arobases, Collectors.counting()));
        assertThat(levels.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(levels.values()).allMatch(count -> count >= 50);
        assertThat(outcome.results()).extracting(Outcome::excellence)
                .contains(ExcellenceStatus.NONE, ExcellenceStatus.AWARDED, ExcellenceStatus.HOLDER);
    }
}
