package fr.label.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.label.report.ResultsCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import static fr.label.cli.Cli.fixtureArg;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edition file that fails at file level after results were printed (truncated, or with an
 * unknown field after "dossiers"): what was printed ends so that no program takes it for a
 * palmarès, and the exit status is 1.
 */
class IncompletePalmaresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static String truncated;
    private static String unknownField;

    @BeforeAll
    static void brokenEditions() throws IOException {
        truncated = EditionFiles.truncated(dir).toString();
        unknownField = EditionFiles.unknownFieldAfterDossiers(dir).toString();
    }

    @Test
    void jsonOfATruncatedFileEndsAsAnExplicitIncompleteDocument() throws IOException {
        Cli.Run run = run("palmares", truncated, "--format", "json");

        assertThat(run.status()).isEqualTo(1);
        JsonNode palmares = JSON.readTree(run.out());
        assertThat(palmares.get("results").size()).isBetween(1, 256);
        assertThat(palmares.get("complete").asBoolean()).isFalse();
        assertThat(palmares.has("summary")).isFalse();
        assertThat(palmares.has("rejections")).isFalse();
        JsonNode problem = palmares.get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo(truncated);
        assertThat(problem.get("path").asText()).startsWith("line ");
        assertThat(problem.get("message").asText()).startsWith("expected well-formed JSON");
        assertThat(lastField(palmares)).isEqualTo("problems");
        assertThat(run.err()).startsWith(truncated + ": line ").contains("expected well-formed JSON");
    }

    @Test
    void jsonOfAFileWithAnUnknownFieldAfterTheDossiersEndsAsAnIncompleteDocument() throws IOException {
        Cli.Run run = run("evaluate", unknownField, "--format", "json", "--lang", "en");

        assertThat(run.status()).isEqualTo(1);
        JsonNode palmares = JSON.readTree(run.out());
        assertThat(palmares.get("results").size()).isBetween(1, 256);
        assertThat(palmares.get("complete").asBoolean()).isFalse();
        assertThat(palmares.get("problems")).hasSize(1);
        assertThat(palmares.get("problems").get(0).get("path").asText()).isEqualTo("bogus");
        assertThat(palmares.get("problems").get(0).get("message").asText())
                .isEqualTo("unknown field \"bogus\"; expected edition, dossiers");
        assertThat(run.err()).isEqualTo(unknownField + ": bogus: unknown field \"bogus\"; expected edition, dossiers\n");
    }

    @Test
    void aWholePalmaresSaysItIsCompleteInItsLastField() throws IOException {
        for (String edition : List.of(fixtureArg("edition-2023-small.json"), "2023")) {
            Cli.Run run = run("palmares", edition, "--format", "json");

            JsonNode palmares = JSON.readTree(run.out());
            assertThat(run.status()).isZero();
            assertThat(palmares.get("complete").asBoolean()).isTrue();
            assertThat(palmares.has("summary")).isTrue();
            assertThat(lastField(palmares)).isEqualTo("complete");
        }
    }

    @Test
    void csvEndsWithALineSayingThePalmaresIsIncompleteAndWhy() {
        Cli.Run run = run("palmares", unknownField, "--format", "csv");

        List<String> lines = run.out().lines().toList();
        int rows = lines.size() - 2;
        assertThat(run.status()).isEqualTo(1);
        assertThat(lines.get(0)).isEqualTo(ResultsCsv.HEADER);
        assertThat(rows).isBetween(1, 256);
        assertThat(lines.get(lines.size() - 2)).startsWith("2023,");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("\"PALMARÈS INCOMPLET : l'évaluation s'est arrêtée après "
                + rows + " résultats, ce n'est pas le palmarès entier : " + unknownField
                + ": bogus: unknown field \"\"bogus\"\"; expected edition, dossiers\"");
        assertThat(run.out()).endsWith("\r\n");
    }

    @Test
    void csvOfATruncatedFileSaysItInEnglishWithLangEn() {
        Cli.Run run = run("evaluate", truncated, "--format", "csv", "--lang", "en");

        List<String> lines = run.out().lines().toList();
        assertThat(run.status()).isEqualTo(1);
        assertThat(lines.get(lines.size() - 1)).startsWith("\"INCOMPLETE PALMARÈS: the evaluation stopped after "
                        + (lines.size() - 2) + " results, this is not the whole palmarès: " + truncated + ": line ")
                .contains("expected well-formed JSON");
    }

    @Test
    void textPrintsNoPalmaresButTheLineSayingItIsIncompleteAndWhy() {
        Cli.Run french = run("palmares", unknownField);
        Cli.Run english = run("palmares", unknownField, "--lang", "en");

        assertThat(french.status()).isEqualTo(1);
        assertThat(french.out()).matches("PALMARÈS INCOMPLET : l'évaluation s'est arrêtée après \\d+ résultats, "
                + "ce n'est pas le palmarès entier : \\Q" + unknownField
                + ": bogus: unknown field \"bogus\"; expected edition, dossiers\\E\n");
        assertThat(english.out()).startsWith("INCOMPLETE PALMARÈS: the evaluation stopped after ")
                .doesNotContain("Participants").hasLineCount(1);
        assertThat(english.err()).isEqualTo(french.err());
    }

    private static String lastField(JsonNode object) {
        String last = null;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            last = names.next();
        }
        return last;
    }
}
