package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.examples.ExampleEditions;
import fr.label.json.LabelJson;
import org.junit.jupiter.api.Test;

import static fr.label.cli.Cli.fixture;
import static fr.label.cli.Cli.fixtureArg;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

class PalmaresCommandTest {

    private static final String SMALL = "edition-2023-small.json";

    @Test
    void anEditionFileGivesThePalmaresWithItsFiguresAndTheCollectivitesByLevel() {
        Cli.Run run = run("palmares", fixtureArg(SMALL));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("24e palmarès du Label national Territoires, Villes et Villages Internet (2023)\n")
                .contains("Jury du 1er décembre 2022 · 3 collectivités labellisées")
                .contains("3 collectivités : 1 village, 1 ville, 1 territoire")
                .containsPattern("\n +village +ville +territoire +total\n")
                .containsPattern("\n  3@ +1 +0 +0 +1  █+\n")
                .containsPattern("\n  total +1 +1 +1 +3\n")
                .containsPattern("démocratie locale +0 décernée \\(plafond 4, 0 dossier éligible\\)")
                .contains("décernés cette année : 0")
                .contains("30 actions déposées, 30 retenues (100 %)")
                .containsPattern("Occitanie +2 +█+")
                .containsPattern("@@@ 3@ — 1 collectivité\n    Saint-Aubin-des-Prés +village +35")
                .containsPattern("@@ 2@ — 1 collectivité\n    Communauté de communes du Val d'Orbe +territoire +81");
    }

    @Test
    void inEnglishTheTitleAndFiguresAreEnglish() {
        Cli.Run run = run("palmares", fixtureArg(SMALL), "--lang", "en");

        assertThat(run.out())
                .startsWith("24th palmarès of the Label national Territoires, Villes et Villages Internet (2023)\n")
                .contains("3 collectivités: 1 village, 1 town, 1 territory")
                .contains("30 actions filed, 30 counted (100 %)");
    }

    @Test
    void formatJsonPrintsExactlyTheLibraryPalmares() {
        Cli.Run run = run("palmares", fixtureArg(SMALL), "--format", "json", "--threads", "1");

        String expected = LabelJson.toJson(LabelEngine.forEdition(2023)
                .evaluateEdition(LabelJson.readCandidatures(fixture(SMALL))), Language.FR);
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(expected + "\n");
    }

    @Test
    void aDossierFileIsNotAnEditionFile() {
        Cli.Run run = run("palmares", fixtureArg("dossier-ville-2023.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("expected an edition file", "use 'label evaluate");
    }

    @Test
    void aYearGivesThePalmaresOfTheShippedExampleEdition() {
        Cli.Run run = run("palmares", "2023");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("24e palmarès du Label national Territoires, Villes et Villages Internet (2023)\n")
                .contains("257 collectivités : 58 villages, 187 villes, 12 territoires")
                .containsPattern("démocratie locale +4 décernées")
                .containsPattern("médiation numérique +3 décernées")
                .containsPattern("numérique éducatif +3 décernées")
                .containsPattern("arobase verte +7 décernées")
                .contains("décernés cette année : 4", "déjà détenteurs, encore valides : 25")
                .containsPattern("Provence-Alpes-Côte d'Azur +22")
                .containsPattern("Occitanie +16")
                .contains("── Collectivités labellisées");
    }

    @Test
    void anEditionFileReadAsItIsEvaluatedPrintsTheSameTextAsTheEditionReadWhole(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        // A year is read whole from the shipped examples; a file is streamed, keeping only what the text shows.
        java.nio.file.Path file = dir.resolve(ExampleEditions.fileName(2023));
        try (var in = ExampleEditions.class.getResourceAsStream("editions/" + ExampleEditions.fileName(2023))) {
            java.nio.file.Files.copy(in, file);
        }

        Cli.Run streamed = run("palmares", file.toString());
        Cli.Run whole = run("palmares", "2023");

        assertThat(streamed.status()).isZero();
        assertThat(streamed.out()).contains("Port-Exemple-la-Rivière", "décernés cette année : 4")
                .isEqualTo(whole.out());
    }

    @Test
    void csvGivesARowPerCollectivite() throws java.io.IOException {
        Cli.Run run = run("palmares", fixtureArg(SMALL), "--format", "csv");
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run("palmares", fixtureArg(SMALL), "--format", "json").out());

        assertThat(run.status()).isZero();
        assertThat(run.out().lines().toList().get(0)).isEqualTo(fr.label.report.ResultsCsv.HEADER);
        assertThat(run.out().lines().skip(1)).hasSize(json.get("results").size())
                .allSatisfy(row -> assertThat(row).startsWith("2023,"));
    }

    @Test
    void htmlWritesTheSelfContainedPageInsteadOfPrinting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path page = dir.resolve("p.html");

        Cli.Run run = run("palmares", fixtureArg(SMALL), "--html", page.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Écrit : " + page + "\n");
        assertThat(java.nio.file.Files.readString(page)).startsWith("<!DOCTYPE html>").contains("Palmarès 2023");
    }

    @Test
    void htmlIntoAFolderWritesAPagePerCollectivite(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Cli.Run run = run("palmares", fixtureArg(SMALL), "--html", dir.resolve("site").toString());

        assertThat(run.status()).isZero();
        assertThat(dir.resolve("site/index.html")).exists();
        assertThat(dir.resolve("site/collectivites").toFile().list()).isNotEmpty();
    }
}
