package fr.label.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.label.cli.Cli.fixture;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, strict JSON on the command line: what a lenient reader let through is refused with
 * the file, the JSON path or line, what was expected and exit status 1; only the dossier at fault
 * is rejected when the reading can go on; no parser class or setting name reaches the user.
 */
class StrictJsonFileTest {

    @TempDir
    Path dir;

    /** The small 2023 edition of the fixtures (three dossiers), changed. */
    private Path edition(String name, String from, String to) throws IOException {
        String text = Files.readString(fixture("edition-2023-small.json"));
        assertThat(text).contains(from);
        Path file = dir.resolve(name);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        return file;
    }

    private static void assertNoParserWords(Cli.Run run) {
        assertThat(run.err()).doesNotContain("\tat ", "Exception", "Jackson", "`", "StreamReadConstraints")
                .doesNotContainIgnoringCase("feature");
    }

    @Test
    void garbageAfterTheEditionIsRefused() throws IOException {
        Path file = edition("garbage.json", "\n}", "\n} garbage");

        Cli.Run run = run("palmares", file.toString(), "--format", "csv");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(file + ": line 50, column 3: expected nothing after the root value, found more\n");
    }

    @Test
    void aSecondObjectAfterADossierIsRefusedBeforeAnythingIsPrinted() throws IOException {
        Path file = dir.resolve("two.json");
        Files.writeString(file, Files.readString(fixture("dossier-ville-2023.json")).strip() + "\n{}\n");

        Cli.Run run = run("evaluate", file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith(file + ": line " + Files.readString(file).lines().count()
                + ", column 1: expected nothing after the root value, found more\n");
    }

    @Test
    void aKeyGivenTwiceRejectsItsDossierWithItsPathAndTheOthersArePrinted() throws IOException {
        Path file = edition("twice.json", "\"type\": \"VILLAGE\"", "\"type\": \"VILLAGE\", \"type\": \"VILLE\"");

        Cli.Run run = run("palmares", file.toString(), "--format", "csv");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(file + ": dossiers[1].collectivite.type: expected each field once, found "
                + "\"type\" again\nlabel: 1 dossier rejeté ; 2 dossiers valides évalués.\n");
        assertThat(run.out()).contains("Beaulieu-les-Ormes").doesNotContain("Saint-Aubin-des-Prés").hasLineCount(3);
    }

    @Test
    void anEditionYearWrittenAsTextIsQuotedAndNothingIsPrinted() throws IOException {
        Path file = edition("year.json", "\"edition\": 2023", "\"edition\": \"2023\"");

        Cli.Run run = run("palmares", file.toString(), "--format", "json");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(file + ": edition: expected the palmarès year as an integer, found \"2023\"\n");
    }

    @Test
    void aValueNestedTooDeepRejectsOnlyItsDossier() throws IOException {
        Path file = edition("deep.json", "[\"e-demarches\"]", "[" + "[".repeat(200) + "]".repeat(200) + "]");

        Cli.Run run = run("palmares", file.toString(), "--format", "csv");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith(file + ": dossiers[0].actions[0].services[0][0][0]")
                .contains("…: expected at most 100 arrays and objects nested in one another, found more\n")
                .endsWith("label: 1 dossier rejeté ; 2 dossiers valides évalués.\n");
        assertThat(run.out()).contains("Saint-Aubin-des-Prés").hasLineCount(3);
        assertNoParserWords(run);
    }

    @Test
    void aTextBeyondTheLimitIsNamedWithThePathOfItsDossier() throws IOException {
        Path file = edition("long.json", "Saint-Aubin-des-Prés", "x".repeat(20_000_001));

        Cli.Run run = run("palmares", file.toString(), "--format", "csv");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith(file + ": dossiers[1].collectivite.name: expected a text of at most "
                + "20,000,000 characters, found a longer one at line 15, column ")
                .endsWith(": the rest of the file cannot be read\n");
        assertNoParserWords(run);
    }

    @Test
    void notJsonIsNamedWithoutTheParsersSettings() throws IOException {
        Path nan = edition("nan.json", "\"population\": 850", "\"population\": NaN");
        Path comment = edition("comment.json", "\"population\": 850", "\"population\": 850 /* about */");

        Cli.Run nanRun = run("palmares", nan.toString(), "--format", "csv");
        Cli.Run commentRun = run("palmares", comment.toString(), "--format", "csv");

        assertThat(nanRun.status()).isEqualTo(1);
        assertThat(nanRun.err()).isEqualTo(nan + ": line 15, column 110: expected well-formed JSON: "
                + "Non-standard token 'NaN'\n");
        assertThat(commentRun.status()).isEqualTo(1);
        assertThat(commentRun.err()).isEqualTo(comment + ": line 15, column 111: expected well-formed JSON: "
                + "Unexpected character ('/' (code 47)): maybe a (non-standard) comment?\n");
        assertNoParserWords(nanRun);
        assertNoParserWords(commentRun);
    }
}
