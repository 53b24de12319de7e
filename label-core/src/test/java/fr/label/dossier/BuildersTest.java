package fr.label.dossier;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dossiers built in Java fail like the JSON reader: an InvalidInputException naming each field's path. */
class BuildersTest {

    private static final LocalDate START = LocalDate.of(2021, 9, 1);

    @Test
    void anActionWithoutStartNamesTheField() {
        assertThatThrownBy(() -> Action.builder("a-001").services("portail-famille").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::toString)
                        .containsExactly("start: expected a start date, found nothing"));
    }

    @Test
    void anActionReportsEveryMissingOrInvalidValueAtOnce() {
        assertThatThrownBy(() -> Action.builder(null).title(null).services("portail-famille", null).start(START).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::path).containsExactly("id", "title", "services[1]"));
        assertThatThrownBy(() -> Action.builder("a-001").start(START).end(START.minusDays(1)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::toString).containsExactly(
                                "services: expected at least one service code",
                                "end: expected an end date on or after the start date 2021-09-01, found 2021-08-31"));
    }

    @Test
    void aDossierWithoutCollectiviteNamesTheField() {
        assertThatThrownBy(() -> Dossier.builder(2023).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::toString)
                        .containsExactly("collectivite: expected a collectivité, found nothing"));
    }

    @Test
    void aDossierReportsItsInvalidValuesWithTheirPathsInTheDossier() {
        Action backwards = new Action("a-001", "Portail", List.of("portail-famille"), START, START.minusDays(1), false);
        Collectivite blankCode = new Collectivite(" ", "Bourg-Exemple", CollectiviteType.VILLAGE, null, null, null);

        assertThatThrownBy(() -> Dossier.builder(2023).collectivite(blankCode).action(backwards)
                .action(null).history(new HistoryEntry(2024, 3, false)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::path).containsExactly("actions[1]"));
        assertThatThrownBy(() -> Dossier.builder(2023).collectivite(blankCode).action(backwards)
                .history(new HistoryEntry(2024, 3, false)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::path)
                        .containsExactly("collectivite.code", "actions[0].end", "history[0].edition"));
    }

    @Test
    void aCollectiviteReportsMissingAndBlankValuesAndItsDossierANegativePopulation() {
        assertThatThrownBy(() -> Collectivite.village(null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::path).containsExactly("code"));
        assertThatThrownBy(() -> Collectivite.ville("84031", " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::toString).containsExactly("name: expected a non-empty name"));
        assertThatThrownBy(() -> Collectivite.of("84031", "Carpentras", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::path).containsExactly("type"));
        assertThatThrownBy(() -> Dossier.builder(2023).collectivite(Collectivite.ville("84031", "Carpentras").withPopulation(-1)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::toString)
                        .containsExactly("collectivite.population: expected a population of 0 or more, found -1"));
    }

    @Test
    void aHistoryEntryOutsideTheScaleNamesItsArobases() {
        assertThatThrownBy(() -> HistoryEntry.of(2022, 6))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::toString)
                        .containsExactly("arobases: expected arobases from 1 to 5, found 6"));
    }

    @Test
    void aValidDossierIsBuiltAsGiven() {
        Dossier dossier = Dossier.builder(2023)
                .collectivite(Collectivite.village("99X01", "Village-Exemple").withPopulation(800))
                .action(Action.builder("a-001").services(Arrays.asList("portail-famille")).start(START).build())
                .history(HistoryEntry.of(2022, 1), HistoryEntry.withExcellence(2021, 5))
                .build();

        assertThat(dossier.code()).isEqualTo("99X01");
        assertThat(dossier.actions()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("a-001"));
        assertThat(dossier.history()).extracting(HistoryEntry::excellence).containsExactly(false, true);
    }
}
