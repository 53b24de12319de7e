package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.json.LabelJson;
import org.junit.jupiter.api.Test;

import static fr.label.cli.Cli.fixture;
import static fr.label.cli.Cli.fixtureArg;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTest {

    private static final String VILLE = "dossier-ville-2023.json";

    @Test
    void aDossierIsReportedInFrenchWithItsSignMentionsMosaiqueAndWhatItLacks() {
        Cli.Run run = run("evaluate", fixtureArg(VILLE));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Montclar-sur-Ouvèze\n")
                .contains("Ville de 18 450 habitants · département 84 · Provence-Alpes-Côte d'Azur · code 99101")
                .contains("Label 2023 (24e palmarès, jury du 1er décembre 2022)")
                .contains("│        @@@@ 4@        │")
                .contains("✔ numérique éducatif   décernée")
                .contains("· arobase verte        non éligible")
                .contains("11 enjeux couverts sur 16, dont 6 forts")
                .containsPattern("● Services publics +6 +4")
                .containsPattern("○ Emploi +· +·")
                .contains("── Pour obtenir 5@")
                .contains("[ ] enjeux couverts : 11 sur 13")
                .contains("[ ] actions éligibles : 40 sur 60")
                .contains("Enjeux pas encore couverts : Solidarités, Vie associative")
                .contains("── Actions non retenues : 4 sur 44")
                .contains("✗ a-041 « Ancien forum en ligne » — terminée depuis trop longtemps")
                .contains("✗ a-010 « Budget participatif (saisi deux fois) » — doublon d'une action précédente")
                .contains("a-003 : Codes de service inconnus du référentiel, ignorés : service-disparu.")
                .contains("• Arobases : le niveau sous le plus bas seuil non atteint")
                .contains("• Mention décernée : classé dans la limite")
                .contains("• Action retenue, toujours en cours — 39 actions (a-001, a-003, a-004, …)");
    }

    @Test
    void langEnWritesTheReportAndTheRulesExplanationsInEnglish() {
        Cli.Run run = run("evaluate", fixtureArg(VILLE), "--lang", "en");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("Town of 18,450 inhabitants")
                .contains("Label 2023 (24th palmarès, jury of 1 December 2022)")
                .contains("✔ digital education  awarded")
                .contains("── To reach 5@")
                .contains("[ ] covered enjeux: 11 of 13")
                .contains("Action not counted: it starts on 2023-02-01, after the jury date (2022-12-01).")
                .doesNotContain("Action non retenue");
    }

    @Test
    void formatJsonPrintsExactlyTheLibraryResult() {
        Cli.Run run = run("evaluate", fixtureArg(VILLE), "--format", "json", "--lang", "en");

        String expected = LabelJson.toJson(LabelEngine.forEdition(2023).evaluate(LabelJson.readDossier(fixture(VILLE))),
                Language.EN);
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(expected + "\n");
    }

    @Test
    void anEditionFileIsEvaluatedAsAPalmares() {
        Cli.Run run = run("evaluate", fixtureArg("edition-2023-small.json"));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("24e palmarès du Label national Territoires, Villes et Villages Internet (2023)\n")
                .contains("Saint-Aubin-des-Prés");
    }

    @Test
    void anInvalidDossierIsRejectedWithItsFileAndJsonPathAndExit1() {
        Cli.Run run = run("evaluate", fixtureArg("dossier-invalid.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(fixtureArg("dossier-invalid.json")
                + ": collectivite.population: expected a population of 0 or more, found -5\n");
    }

    @Test
    void malformedJsonIsRejectedWithItsLineAndExit1() {
        Cli.Run run = run("evaluate", fixtureArg("not-json.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("not-json.json: line 3, column 1: expected well-formed JSON");
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void aMissingFileIsRejectedWithExit1InTheLanguageOfTheCommand() {
        Cli.Run run = run("evaluate", "no/such/dossier.json");
        Cli.Run english = run("evaluate", "no/such/dossier.json", "--lang", "en");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("no/such/dossier.json: fichier introuvable\n");
        assertThat(english.status()).isEqualTo(1);
        assertThat(english.err()).isEqualTo("no/such/dossier.json: no such file\n");
    }

    @Test
    void aFolderOrAnUnreadableFileIsRejectedSayingWhyWithExit1(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        Cli.Run folder = run("evaluate", dir.toString());
        Cli.Run english = run("evaluate", dir.toString(), "--lang", "en");

        assertThat(folder.status()).isEqualTo(1);
        assertThat(folder.err()).isEqualTo(dir + ": attendu un fichier, trouvé un répertoire\n");
        assertThat(english.err()).isEqualTo(dir + ": expected a file, found a folder\n");

        java.nio.file.Path locked = java.nio.file.Files.copy(fixture(VILLE), dir.resolve("locked.json"));
        java.nio.file.Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("-w-------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.isReadable(locked),
                "run as a user the permissions apply to (not root)");
        Cli.Run unreadable = run("evaluate", locked.toString());
        assertThat(unreadable.status()).isEqualTo(1);
        assertThat(unreadable.err()).isEqualTo(locked + ": illisible : permission refusée\n");
    }

    @Test
    void aDossierOfAnEditionWithoutRulesIsRejectedListingTheKnownEditions() {
        Cli.Run run = run("evaluate", fixtureArg("dossier-2019.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("dossier-2019.json: edition: expected an edition with rules, one of "
                + LabelEngine.editions() + " (or give its rules with --rules DIR), found 2019");
    }
}
