package fr.label.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.label.rules.engine.TemporaryFileFaults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disk refusing the mention candidates' temporary file half-way through an edition, or the
 * file deleted before it is read back: one line on standard error in the run's language, naming
 * the file and its folder and saying what to do; exit status 3 (the machine lacked disk, as it
 * may lack memory: the input is not at fault); output that says it is not the whole palmarès, or
 * no output file at all; and no temporary file left.
 */
class TemporaryFileFailureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static String edition;

    @BeforeAll
    static void anEditionFile() throws IOException {
        edition = EditionFiles.example(dir).toString();
    }

    @Test
    void aRefusedWriteEndsTheJsonAsIncompleteWithOneLineInFrenchAndExitStatus3() throws IOException {
        Cli.Run run = TemporaryFileFaults.refusingWrites(() -> Cli.run("palmares", edition, "--format", "json"));
        Path file = TemporaryFileFaults.lastFile();
        String folder = file.getParent().toString();

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("label: impossible d'écrire le fichier temporaire des candidats aux mentions "
                + file + " : le disque l'a refusé (plein, ou un quota). Le palmarès n'a pas pu être achevé. Libérez de "
                + "la place dans " + folder + " (environ 17 ko par candidat à une mention), ou faites pointer "
                + "java.io.tmpdir vers un répertoire qui en a, par exemple "
                + "LABEL_JAVA_OPTS=-Djava.io.tmpdir=/un/grand/disque ./label ...\n");
        JsonNode palmares = JSON.readTree(run.out());
        assertThat(palmares.get("complete").asBoolean()).isFalse();
        assertThat(palmares.has("summary")).isFalse();
        assertThat(palmares.get("results").size()).as("the results given before the awards").isPositive();
        assertThat(palmares.get("results")).as("no mention candidate's result: they were lost with the file")
                .allMatch(result -> result.get("mentionsEligible").isArray() && result.get("mentionsEligible").isEmpty());
        assertThat(palmares.get("problems")).hasSize(1);
        assertThat("label: " + palmares.get("problems").get(0).get("message").asText() + "\n").isEqualTo(run.err());
        assertThat(file).doesNotExist();
    }

    @Test
    void inEnglishWithLangEn() throws IOException {
        Cli.Run run = TemporaryFileFaults.refusingWrites(() -> Cli.run("palmares", edition, "--format", "json",
                "--lang", "en"));
        Path file = TemporaryFileFaults.lastFile();

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("label: cannot write the mention candidates' temporary file " + file
                + ": the disk refused it (full, or a quota). The palmarès could not be finished. Free space in "
                + file.getParent() + " (about 17 kB a mention candidate), or point java.io.tmpdir to a folder that "
                + "has some, e.g. LABEL_JAVA_OPTS=-Djava.io.tmpdir=/a/big/disk ./label ...\n");
        JsonNode palmares = JSON.readTree(run.out());
        assertThat(palmares.get("complete").asBoolean()).isFalse();
        assertThat(palmares.get("problems").get(0).get("message").asText()).startsWith("cannot write the mention");
        assertThat(file).doesNotExist();
    }

    @Test
    void withOutputOrHtmlNoFileIsLeftNeitherTheTargetNorItsTemporaryOne(@TempDir Path out) throws IOException {
        for (List<String> target : List.of(List.of("--format", "json", "--output", out.resolve("palmares.json").toString()),
                List.of("--html", out.resolve("palmares.html").toString()),
                List.of("--html", out.resolve("site").toString()))) {
            List<String> args = new ArrayList<>(List.of("palmares", edition));
            args.addAll(target);

            Cli.Run run = TemporaryFileFaults.refusingWrites(() -> Cli.run(args.toArray(String[]::new)));

            assertThat(run.status()).as("%s", target).isEqualTo(3);
            assertThat(run.out()).as("no \"Écrit :\"").isEmpty();
            assertThat(run.err()).startsWith("label: impossible d'écrire le fichier temporaire").hasLineCount(1);
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left).as("%s", target).isEmpty();
            }
            assertThat(TemporaryFileFaults.lastFile()).doesNotExist();
        }
    }

    @Test
    void csvAndTextSayThePalmaresIsIncompleteAndWhy() {
        Cli.Run csv = TemporaryFileFaults.refusingWrites(() -> Cli.run("palmares", edition, "--format", "csv"));
        Cli.Run text = TemporaryFileFaults.refusingWrites(() -> Cli.run("palmares", edition, "--lang", "en"));

        List<String> lines = csv.out().lines().toList();
        assertThat(csv.status()).isEqualTo(3);
        assertThat(lines.get(lines.size() - 1)).startsWith("\"PALMARÈS INCOMPLET : l'évaluation s'est arrêtée après ")
                .contains("impossible d'écrire le fichier temporaire des candidats aux mentions");
        assertThat(text.status()).isEqualTo(3);
        assertThat(text.out()).startsWith("INCOMPLETE PALMARÈS: the evaluation stopped after ")
                .contains("cannot write the mention candidates' temporary file").hasLineCount(1);
    }

    @Test
    void aFileDeletedBeforeItIsReadBackIsSaidToo() throws IOException {
        Cli.Run run = TemporaryFileFaults.deletedBeforeReadBack(() -> Cli.run("palmares", edition, "--format", "json"));
        Path file = TemporaryFileFaults.lastFile();

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).startsWith("label: impossible de relire le fichier temporaire des candidats aux mentions "
                + file + " : il a été effacé ou tronqué pendant l'évaluation.")
                .contains("rien ne nettoie " + file.getParent(), "LABEL_JAVA_OPTS=-Djava.io.tmpdir=").hasLineCount(1);
        assertThat(JSON.readTree(run.out()).get("complete").asBoolean()).isFalse();
        assertThat(file).doesNotExist();
    }
}
