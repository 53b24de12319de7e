package fr.label.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static fr.label.cli.Cli.fixtureArg;
import static fr.label.cli.Cli.run;
import static fr.label.cli.OutputOptionTest.hiddenEntries;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --html} writes its page or folder whole or not at all. */
class HtmlOptionTest {

    @Test
    void aFailedEditionWritesNoPageAndLeavesAnExistingOneUntouched(@TempDir Path dir) throws IOException {
        Path truncated = EditionFiles.truncated(dir);
        Path page = Files.writeString(dir.resolve("palmares.html"), "<p>last year</p>");
        Path site = dir.resolve("site");

        Cli.Run onePage = run("palmares", truncated.toString(), "--html", page.toString());
        Cli.Run folder = run("evaluate", truncated.toString(), "--html", site.toString());

        for (Cli.Run run : List.of(onePage, folder)) {
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith(truncated + ": line ");
        }
        assertThat(Files.readString(page)).isEqualTo("<p>last year</p>");
        assertThat(site).doesNotExist();
        assertThat(hiddenEntries(dir)).isEmpty();
    }

    @Test
    void anEditionFileIsWrittenAsTheSameSiteAsTheEditionReadWhole(@TempDir Path dir) throws IOException {
        Path file = EditionFiles.example(dir);

        Cli.Run streamed = run("palmares", file.toString(), "--html", dir.resolve("streamed").toString());
        Cli.Run whole = run("palmares", "2023", "--html", dir.resolve("whole").toString());

        assertThat(streamed.status()).isZero();
        assertThat(whole.status()).isZero();
        assertThat(streamed.out()).isEqualTo("Écrit : " + dir.resolve("streamed/index.html") + "\n");
        assertThat(Files.readString(dir.resolve("streamed/index.html")))
                .isEqualTo(Files.readString(dir.resolve("whole/index.html")));
        assertThat(pages(dir.resolve("streamed"))).hasSize(257).isEqualTo(pages(dir.resolve("whole")));
        assertThat(Files.readAllLines(dir.resolve("streamed/palmares-2023.csv"))).hasSize(258)
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(dir.resolve("whole/palmares-2023.csv")));
        assertThat(hiddenEntries(dir)).isEmpty();
    }

    @Test
    void anExistingSiteIsReplacedAsAWhole(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("collectivites"));
        Files.writeString(site.resolve("index.html"), "old index");
        Files.writeString(site.resolve("collectivites/no-longer-there.html"), "old page");
        Files.writeString(site.resolve("palmares-2022.csv"), "old csv");

        Cli.Run run = run("palmares", fixtureArg("edition-2023-small.json"), "--html", site.toString());

        assertThat(run.status()).isZero();
        assertThat(Files.readString(site.resolve("index.html"))).startsWith("<!DOCTYPE html>");
        assertThat(site.resolve("collectivites/no-longer-there.html")).doesNotExist();
        assertThat(site.resolve("palmares-2022.csv")).doesNotExist();
        assertThat(pages(site)).hasSize(3);
        assertThat(hiddenEntries(dir)).isEmpty();
    }

    @Test
    void aFolderHoldingOtherFilesIsRefusedAndLeftUntouched(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(Files.createDirectories(dir.resolve("documents")).resolve("notes.txt"), "mine");

        Cli.Run run = run("palmares", "2023", "--html", dir.resolve("documents").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("label: --html " + dir.resolve("documents")
                + " : le répertoire existe et contient d'autres fichiers que les pages écrites par label ; "
                + "donner un répertoire nouveau ou vide\n");
        assertThat(run("palmares", "2023", "--html", dir.resolve("documents").toString(), "--lang", "en").err())
                .startsWith("label: --html " + dir.resolve("documents")
                        + ": the folder exists and holds other files than the pages written by label; "
                        + "give a new or empty folder\n");
        assertThat(Files.readString(notes)).isEqualTo("mine");
        try (Stream<Path> files = Files.list(dir.resolve("documents"))) {
            assertThat(files).hasSize(1);
        }
        assertThat(hiddenEntries(dir)).isEmpty();
    }

    @Test
    void aFileWhereAFolderIsWantedIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("site"), "a file");

        Cli.Run run = run("palmares", "2023", "--html", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("label: --html " + file + " : existe et n'est pas un répertoire\n");
        assertThat(run("palmares", "2023", "--html", file.toString(), "--lang", "en").err())
                .startsWith("label: --html " + file + ": exists and is not a folder\n");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void aDossierWithAFolderTargetGetsAFolderHoldingItsPageAsIndex(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("montclar");

        Cli.Run run = run("evaluate", fixtureArg("dossier-ville-2023.json"), "--html", folder.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Écrit : " + folder.resolve("index.html") + "\n");
        assertThat(folder).isDirectory();
        assertThat(Files.readString(folder.resolve("index.html"))).startsWith("<!DOCTYPE html>")
                .contains("<h1>Montclar-sur-Ouvèze</h1>");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aDossierWithAnHtmlFileTargetGetsThatFile(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("montclar.html");

        Cli.Run run = run("evaluate", fixtureArg("dossier-ville-2023.json"), "--html", page.toString(), "--lang", "en");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Written: " + page + "\n");
        assertThat(Files.readString(page)).contains("<h1>Montclar-sur-Ouvèze</h1>");
    }

    private static List<String> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("collectivites"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
