package fr.label.cli;

import fr.label.dossier.Collectivite;
import fr.label.sketch.DossierSketch;
import fr.label.json.LabelJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names written to attack a spreadsheet or a terminal (a formula, ANSI escapes, NUL, a bidi
 * override) reach no output as they are: CSV cells are neutralised, text shows them replaced,
 * HTML isolates them.
 */
class HostileNamesTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"clic\")";
    private static final String ANSI = "\u001B[2J\u001B[31mRouge";
    private static final String BIDI = "Evil\u202Elmth.exe";
    private static final String NUL = "Nul\u0000Part";

    @TempDir
    static Path dir;
    private static Path edition;

    @BeforeAll
    static void anEditionWithHostileNames() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (LabelJson.EditionWriter writer = LabelJson.editionWriter(bytes, 2023)) {
            List<Collectivite> collectivites = List.of(Collectivite.ville("1", FORMULA).locatedIn("13", "@SUM(1+1)"),
                    Collectivite.village("2", ANSI), Collectivite.ville("3", BIDI), Collectivite.village("4", NUL));
            for (Collectivite collectivite : collectivites) {
                writer.dossier(DossierSketch.of(2023, collectivite).profile(12, 5, 1, 2, false).build());
            }
        }
        String json = bytes.toString(StandardCharsets.UTF_8).stripTrailing();
        // A rejected dossier, whose problem quotes the hostile value found on standard error.
        String rejected = "{\"collectivite\": {\"code\": \"5\", \"name\": \"Rejet\", \"type\": \"\\u001b[31mVILLE\"}, "
                + "\"actions\": []}";
        json = json.substring(0, json.lastIndexOf(']')) + ",\n" + rejected + "\n]}\n";
        edition = Files.writeString(dir.resolve("hostile.json"), json, StandardCharsets.UTF_8);
    }

    @Test
    void theTextPalmaresShowsControlCharactersAndBidiOverridesReplaced() {
        Cli.Run run = run("palmares", edition.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("␛[2J␛[31mRouge", "Evil\uFFFDlmth.exe", "Nul␀Part", FORMULA);
        assertSafeForATerminal(run.out());
        assertSafeForATerminal(run.err());
        assertThat(run.err()).contains("\\u001b[31mVILLE"); // quoted as an escape by the JSON reader
    }

    @Test
    void theReportOfOneDossierToo() throws IOException {
        Path dossier = dir.resolve("dossier.json");
        Files.writeString(dossier, LabelJson.toJson(DossierSketch.of(2023, Collectivite.ville("9", ANSI + BIDI))
                .profile(12, 5, 1, 2, false).build()));

        Cli.Run run = run("evaluate", dossier.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("␛[2J␛[31mRougeEvil\uFFFDlmth.exe\n");
        assertSafeForATerminal(run.out());
    }

    @Test
    void csvCellsAreNeutralisedForSpreadsheetsAndShowNoControlCharacter() {
        Cli.Run run = run("palmares", edition.toString(), "--format", "csv");

        List<List<String>> rows = fr.label.report.ResultsCsvTest.parse(run.out());
        assertThat(rows).hasSize(5);
        List<String> formula = rows.stream().filter(row -> row.get(1).equals("1")).findFirst().orElseThrow();
        assertThat(formula.get(2)).isEqualTo("'" + FORMULA);
        assertThat(formula.get(5)).isEqualTo("'@SUM(1+1)");
        assertThat(formula.get(7)).matches("[0-9]+");
        assertThat(rows.stream().map(row -> row.get(2)))
                .contains("␛[2J␛[31mRouge", "Evil\uFFFDlmth.exe", "Nul␀Part");
        assertSafeForATerminal(run.out().replace("\r\n", "\n"));
    }

    @Test
    void htmlPagesIsolateBidiOverridesAndReplaceControlCharacters() throws IOException {
        Path site = dir.resolve("site");

        Cli.Run run = run("palmares", edition.toString(), "--html", site.toString());

        String index = Files.readString(site.resolve("index.html"));
        String page = Files.readString(site.resolve("collectivites/3.html"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(index).contains("<bdi>Evil\u202Elmth.exe</bdi>").contains("␛[2J␛[31mRouge")
                .contains("Nul␀Part").doesNotContain("\u001B", "\u0000");
        assertThat(page).contains("<h1><bdi>Evil\u202Elmth.exe</bdi></h1>")
                .contains("<title>Evil\uFFFDlmth.exe — ");
    }

    /** Nothing a terminal would act on: no control character but line ends, no bidi control. */
    private static void assertSafeForATerminal(String text) {
        assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)
                || fr.label.report.SafeText.isBidiControl(c)).boxed().toList()).isEmpty();
    }
}
