package fr.label.cli;

import fr.label.dossier.Collectivite;
import fr.label.dossier.Dossier;
import fr.label.examples.ExampleEditions;
import fr.label.json.LabelJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tool stopped by a signal while it writes {@code --html} or {@code --output}: nothing
 * half-written is left, neither the target nor the temporary file or folder beside it, and an
 * existing target is untouched. The tool runs as a process of its own (java -cp ... LabelCommand),
 * and is signalled as soon as its temporary output appears on disk.
 */
class InterruptTest {

    /** Big enough that the run is still writing when the signal comes: each page takes a while. */
    private static final int DOSSIERS = 3_000;

    @TempDir
    static Path inputs;
    private static Path edition;

    @BeforeAll
    static void aLargeEdition() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "signals are sent with kill: Linux only");
        edition = inputs.resolve("large-2023.json");
        // The example edition's dossiers over and over, each copy under a code of its own.
        List<Dossier> examples = ExampleEditions.read(2023).dossiers();
        try (LabelJson.EditionWriter writer = LabelJson.editionWriter(Files.newOutputStream(edition), 2023)) {
            for (int i = 0; i < DOSSIERS; i++) {
                Dossier example = examples.get(i % examples.size());
                Collectivite c = example.collectivite();
                writer.dossier(new Dossier(example.edition(), new Collectivite("X" + i, c.name(), c.type(),
                        c.population(), c.departement(), c.region()), example.actions(), example.history()));
            }
        }
    }

    @Test
    void sigintWhileAFolderOfPagesIsWrittenLeavesNothingAndTheExistingSiteUntouched(@TempDir Path dir)
            throws Exception {
        assumeFalse(sigintIgnored(), "SIGINT is ignored by this JVM (started in the background without job "
                + "control), so it would be by the tool too: nothing to test");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "the site of last year");

        Process tool = start(dir, "palmares", edition.toString(), "--html", site.toString(), "--threads", "1");
        awaitTemporary(tool, dir, folder -> Files.exists(folder.resolve("collectivites")) && count(folder) > 1);
        new ProcessBuilder("kill", "-INT", String.valueOf(tool.pid())).inheritIO().start().waitFor();

        assertThat(tool.waitFor()).isEqualTo(130);
        assertThat(entries(dir)).containsExactly("site");
        assertThat(entries(site)).containsExactly("index.html");
        assertThat(site.resolve("index.html")).content().isEqualTo("the site of last year");
    }

    @Test
    void sigtermWhileAFileIsWrittenLeavesNoTemporaryFileAndTheExistingFileUntouched(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("palmares.json"), "the palmarès of last year");

        Process tool = start(dir, "palmares", edition.toString(), "--format", "json", "--output", file.toString(),
                "--threads", "1");
        awaitTemporary(tool, dir, temporary -> Files.size(temporary) > 0);
        tool.destroy(); // SIGTERM

        assertThat(tool.waitFor()).isEqualTo(143);
        assertThat(entries(dir)).containsExactly("palmares.json");
        assertThat(file).content().isEqualTo("the palmarès of last year");
    }

    @Test
    void sigintWhileAPageIsWrittenLeavesNoPage(@TempDir Path dir) throws Exception {
        assumeFalse(sigintIgnored(), "SIGINT is ignored by this JVM, so it would be by the tool too");
        Path page = dir.resolve("palmares.html");

        Process tool = start(dir, "evaluate", edition.toString(), "--html", page.toString(), "--threads", "1");
        awaitTemporary(tool, dir, temporary -> true);
        new ProcessBuilder("kill", "-INT", String.valueOf(tool.pid())).inheritIO().start().waitFor();

        assertThat(tool.waitFor()).isEqualTo(130);
        assertThat(entries(dir)).isEmpty();
    }

    /** The tool in a JVM of its own, on the tests' class path; what it prints goes to files beside the inputs. */
    private static Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), LabelCommand.class.getName()));
        command.addAll(List.of(args));
        String name = dir.getFileName().toString();
        return new ProcessBuilder(command)
                .redirectOutput(inputs.resolve(name + ".out").toFile())
                .redirectError(inputs.resolve(name + ".err").toFile())
                .start();
    }

    /** Waits until the temporary file or folder beside the target is there and {@code ready}: the tool is writing. */
    private static void awaitTemporary(Process tool, Path dir, Check ready) throws Exception {
        while (true) {
            Optional<Path> temporary = hidden(dir);
            if (temporary.isPresent() && ready.test(temporary.get())) {
                return;
            }
            if (!tool.isAlive()) {
                fail("the tool ended (exit " + tool.exitValue() + ") before it could be stopped while writing: "
                        + Files.readString(inputs.resolve(dir.getFileName() + ".err")));
            }
            Thread.sleep(10);
        }
    }

    private interface Check {
        boolean test(Path temporary) throws IOException;
    }

    private static Optional<Path> hidden(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")).findFirst();
        }
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Predicate.not(Files::isDirectory)).count();
        }
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Whether this JVM ignores SIGINT (SigIgn, bit 1): a process it starts then ignores it too. */
    private static boolean sigintIgnored() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring("SigIgn:".length()).trim(), 16) & 0b10) != 0;
            }
        }
        return false;
    }
}
