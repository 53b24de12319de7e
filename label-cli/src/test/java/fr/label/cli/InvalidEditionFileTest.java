package fr.label.cli;

import fr.label.json.LabelJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static fr.label.cli.Cli.fixtureArg;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/** An edition file with one invalid dossier for each invalid input of docs/formats.md (Bad input), between valid ones. */
class InvalidEditionFileTest {

    private static final String FILE = "edition-2023-invalid.json";
    private static Cli.Run text;

    @BeforeAll
    static void evaluateOnce() {
        text = run("evaluate", fixtureArg(FILE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing type                      | dossiers[2].collectivite.type: expected one of VILLAGE, VILLE, INTERCOMMUNALITE, found nothing
            unknown type                      | dossiers[3].collectivite.type: expected one of VILLAGE, VILLE, INTERCOMMUNALITE, found "METROPOLE"
            empty code                        | dossiers[4].collectivite.code: expected a non-empty INSEE or SIREN code
            duplicate collectivité code       | dossiers[5].collectivite.code: expected a collectivité code not used by another dossier of the edition, found "99201" again (also dossiers[1])
            negative population               | dossiers[6].collectivite.population: expected a population of 0 or more, found -12
            history not before the edition    | dossiers[7].history[0].edition: expected an edition before 2023, found 2023
            history arobases outside 1..5     | dossiers[8].history[0].arobases: expected arobases from 1 to 5, found 6
            two history entries, same edition | dossiers[9].history[1].edition: expected one history entry per edition, found 2021 again (also dossiers[9].history[0])
            malformed date                    | dossiers[10].actions[0].start: expected a date yyyy-mm-dd, found "2022-13-01"
            action ends before it starts      | dossiers[11].actions[0].end: expected an end date on or after the start date 2021-09-01, found 2021-01-01
            action with no service            | dossiers[12].actions[0].services: expected at least one service code
            dossier edition differs           | dossiers[13].edition: expected the edition of the file, 2023, found 2022
            """)
    void eachInvalidDossierIsReportedOnStderrWithFileJsonPathAndWhatWasExpected(String invalidInput, String problem) {
        assertThat(text.err()).contains(fixtureArg(FILE) + ": " + problem + "\n");
    }

    @Test
    void theValidDossiersAreStillEvaluatedAndPrintedAndTheExitStatusIs1() {
        assertThat(text.status()).isEqualTo(1);
        assertThat(text.out())
                .contains("3 collectivités labellisées · 12 dossiers rejetés")
                .contains("Beaulieu-les-Ormes", "Saint-Aubin-des-Prés", "Communauté de communes du Val d'Orbe")
                .contains("── Dossiers rejetés : 12")
                .contains("dossiers[5] Doublon-de-Saint-Aubin (99201)");
        assertThat(text.err()).endsWith("label: 12 dossiers rejetés ; 3 dossiers valides évalués.\n");
    }

    @Test
    void noStackTraceReachesTheUser() {
        assertThat(text.err()).doesNotContain("\tat ", "Exception", "Caused by");
        assertThat(text.err().lines()).hasSize(13);
    }

    @Test
    void inJsonTheValidResultsAndTheRejectionsArePrintedAndTheExitStatusIs1() {
        Cli.Run json = run("evaluate", fixtureArg(FILE), "--format", "json");

        assertThat(json.status()).isEqualTo(1);
        assertThat(json.err()).contains("dossiers[12].actions[0].services: expected at least one service code");
        assertThat(json.out()).isEqualTo(LabelJson.toJson(fr.label.LabelEngine.forEdition(2023)
                .evaluateEdition(LabelJson.readCandidatures(Cli.fixture(FILE))), fr.label.Language.FR) + "\n");
    }

    @Test
    void palmaresOfTheSameFileGivesTheSameReportAndStatus() {
        Cli.Run palmares = run("palmares", fixtureArg(FILE));

        assertThat(palmares).isEqualTo(text);
    }
}
