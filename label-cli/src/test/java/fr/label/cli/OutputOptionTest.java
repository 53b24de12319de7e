package fr.label.cli;

import fr.label.LabelRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static fr.label.cli.Cli.fixtureArg;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --output FILE} on every command that prints results: the file holds exactly what would
 * have been printed, written beside the target and renamed into place; a failure leaves nothing
 * and an existing file untouched.
 */
class OutputOptionTest {

    @Test
    void eachCommandWritesIntoTheFileExactlyWhatItWouldPrint(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        LabelRules.export(2023, rules);
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("village.yaml"), """
                edition: 2023
                scenarios:
                  - name: a VILLAGE at the 2@ threshold
                    dossier:
                      collectivite: {code: "99001", name: Village-Exemple, type: VILLAGE}
                      changes:
                        - profile: {eligibleActions: 5, coveredEnjeux: 3}
                    expect:
                      arobases: 2
                """);
        List<List<String>> commands = List.of(
                List.of("evaluate", fixtureArg("dossier-ville-2023.json")),
                List.of("evaluate", fixtureArg("edition-2023-small.json"), "--format", "csv"),
                List.of("palmares", fixtureArg("edition-2023-small.json"), "--format", "json"),
                List.of("palmares", "2023", "--lang", "en"),
                List.of("referentiel"),
                List.of("rules", "--edition", "2023", "--format", "md"),
                List.of("diff", "--candidate", rules.toString(), "2023", "--format", "json"),
                List.of("test", scenarios.toString()));
        for (List<String> command : commands) {
            Path file = dir.resolve(command.get(0) + "-" + commands.indexOf(command) + ".out");
            Cli.Run printed = run(command.toArray(String[]::new));
            List<String> withOutput = new ArrayList<>(command);
            withOutput.addAll(List.of("--output", file.toString()));

            Cli.Run written = run(withOutput.toArray(String[]::new));

            assertThat(written.status()).as("%s", command).isZero().isEqualTo(printed.status());
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s", command).isNotEmpty()
                    .isEqualTo(printed.out());
            assertThat(written.out()).as("%s", command)
                    .isEqualTo((command.contains("en") ? "Written: " : "Écrit : ") + file + "\n");
            assertThat(written.err()).isEqualTo(printed.err());
        }
        assertThat(hiddenEntries(dir)).isEmpty();
    }

    @Test
    void aRunWithRejectedDossiersStillWritesTheWholePalmaresAndExits1(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("palmares.csv");

        Cli.Run run = run("palmares", fixtureArg("edition-2023-invalid.json"), "--format", "csv", "--output",
                file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(run("palmares", fixtureArg("edition-2023-invalid.json"),
                "--format", "csv").out());
        assertThat(run.err()).endsWith("label: 12 dossiers rejetés ; 3 dossiers valides évalués.\n");
    }

    @Test
    void aFailureLeavesNothingAndAnExistingFileUntouched(@TempDir Path dir) throws IOException {
        Path truncated = EditionFiles.truncated(dir);
        Path existing = Files.writeString(dir.resolve("palmares.json"), "the palmarès of last year\n");
        Path absent = dir.resolve("new/sub/palmares.csv");

        Cli.Run overExisting = run("palmares", truncated.toString(), "--format", "json", "--output",
                existing.toString());
        Cli.Run intoNewFolders = run("evaluate", truncated.toString(), "--format", "csv", "--output",
                absent.toString());

        for (Cli.Run run : List.of(overExisting, intoNewFolders)) {
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith(truncated + ": line ").contains("expected well-formed JSON");
        }
        assertThat(Files.readString(existing)).isEqualTo("the palmarès of last year\n");
        assertThat(dir.resolve("new")).doesNotExist();
        assertThat(hiddenEntries(dir)).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("edition-2023.json", "truncated.json", "palmares.json");
        }
    }

    @Test
    void aSuccessReplacesAnExistingFile(@TempDir Path dir) throws IOException {
        Path existing = Files.writeString(dir.resolve("referentiel.csv"), "old\n");

        Cli.Run run = run("referentiel", "--output", existing.toString());

        assertThat(run.status()).isZero();
        assertThat(Files.readString(existing)).startsWith("code,enjeu,categorie,label\n");
        assertThat(hiddenEntries(dir)).isEmpty();
    }

    @Test
    void aFolderIsNotAnOutputFile(@TempDir Path dir) {
        Cli.Run run = run("referentiel", "--output", dir.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("label: --output " + dir + " : c'est un répertoire ; attendu un nom de fichier\n");
        assertThat(run("referentiel", "--output", dir.toString(), "--lang", "en").err())
                .startsWith("label: --output " + dir + ": is a folder; expected a file name\n");
    }

    @Test
    void aFileThatCannotBeWrittenIsRejectedWithWhyAndNothingIsLeft(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("report"), "a file, not a folder");

        Cli.Run run = run("referentiel", "--output", file.resolve("referentiel.csv").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("label: cannot write " + file.resolve("referentiel.csv")
                + ": a file is in the way\n");
        assertThat(Files.readString(file)).isEqualTo("a file, not a folder");
        assertThat(hiddenEntries(dir)).isEmpty();
    }

    @Test
    void outputAndHtmlCannotBeUsedTogether(@TempDir Path dir) {
        Cli.Run run = run("palmares", "2023", "--html", dir.resolve("site").toString(), "--output",
                dir.resolve("p.txt").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("label: --html et --output ne vont pas ensemble");
        assertThat(dir.resolve("site")).doesNotExist();
        assertThat(dir.resolve("p.txt")).doesNotExist();
    }

    @Test
    void rulesExportWritesFilesAndTakesNoOutput(@TempDir Path dir) {
        Cli.Run run = run("rules", "--edition", "2023", "--export", dir.resolve("r").toString(), "--output",
                dir.resolve("r.txt").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("label: --export écrit des fichiers de règles ; il ne va pas avec --output");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    /** The temporary files and folders the tool writes beside a target: none must be left. */
    static List<String> hiddenEntries(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
        }
    }
}
