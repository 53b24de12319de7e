package fr.label.cli;

import fr.label.LabelRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static fr.label.cli.Cli.fixture;
import static fr.label.cli.Cli.fixtureArg;
import static fr.label.cli.Cli.run;
import static fr.label.cli.Cli.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 10: "-" is standard input wherever a file is read, and every input is read once (a pipe
 * or standard input cannot be read again).
 */
class StandardInputTest {

    private static final String EDITION = "edition-2023-small.json";
    private static final String DOSSIER = "dossier-ville-2023.json";

    private static byte[] bytesOf(String fixture) throws IOException {
        return Files.readAllBytes(fixture(fixture));
    }

    @Test
    void evaluateReadsADossierFromStandardInputLikeFromItsFile() throws IOException {
        Cli.Run file = run("evaluate", fixtureArg(DOSSIER), "--format", "json");
        Cli.Run stdin = runWithInput(bytesOf(DOSSIER), "evaluate", "-", "--format", "json");

        assertThat(stdin.status()).isZero();
        assertThat(stdin.err()).isEmpty();
        assertThat(stdin.out()).isEqualTo(file.out());
    }

    @Test
    void evaluateAndPalmaresReadAnEditionFromStandardInputLikeFromItsFile() throws IOException {
        Cli.Run file = run("palmares", fixtureArg(EDITION), "--format", "csv");

        for (String command : new String[] {"evaluate", "palmares"}) {
            Cli.Run stdin = runWithInput(bytesOf(EDITION), command, "-", "--format", "csv");

            assertThat(stdin.status()).isZero();
            assertThat(stdin.err()).isEmpty();
            assertThat(stdin.out()).isEqualTo(file.out()).hasLineCount(4);
        }
    }

    @Test
    void htmlOfAnEditionOnStandardInputIsWritten(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("palmares.html");

        Cli.Run run = runWithInput(bytesOf(EDITION), "palmares", "-", "--html", page.toString());

        assertThat(run.status()).isZero();
        assertThat(Files.readString(page)).contains("Beaulieu-les-Ormes");
    }

    @Test
    void problemsOfStandardInputNameIt() {
        Cli.Run empty = runWithInput("", "evaluate", "-");
        Cli.Run notJson = runWithInput("{\"edition\": 2023,\n \"dossiers\": [}", "palmares", "-");
        Cli.Run dossier = runWithInput("{\"edition\": 2023, \"collectivite\": {}}", "palmares", "-");

        assertThat(empty.status()).isEqualTo(1);
        assertThat(empty.err()).isEqualTo("<stdin>: expected a JSON object, found nothing\n");
        assertThat(notJson.status()).isEqualTo(1);
        assertThat(notJson.err()).isEqualTo("<stdin>: line 2, column 15: expected well-formed JSON: Unexpected close "
                + "marker '}': expected ']' (for Array starting at line 2, column 14)\n");
        assertThat(dossier.status()).isEqualTo(1);
        assertThat(dossier.err()).isEqualTo("<stdin>: expected an edition file ({\"edition\": ..., \"dossiers\": [...]}), "
                + "found a dossier: use 'label evaluate -'\n");
    }

    @Test
    void diffReadsTheEditionFromStandardInputOnce(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        LabelRules.export(2023, rules);

        Cli.Run file = run("diff", fixtureArg(EDITION), "--candidate", rules.toString(), "--lang", "en");
        Cli.Run stdin = runWithInput(bytesOf(EDITION), "diff", "-", "--candidate", rules.toString(), "--lang", "en");

        assertThat(stdin.status()).isZero();
        assertThat(stdin.out()).startsWith("Edition 2023 (<stdin>, 3 dossiers) under the base rules")
                .isEqualTo(file.out().replace(fixtureArg(EDITION), "<stdin>"));
    }

    @Test
    void testReadsOneScenarioFileFromStandardInput() {
        String scenario = """
                edition: 2023
                scenarios:
                  - name: a VILLAGE at the 2@ threshold
                    dossier:
                      collectivite: {code: "99001", name: Village-Exemple, type: VILLAGE}
                      changes:
                        - profile: {eligibleActions: 5, coveredEnjeux: 3}
                    expect:
                      arobases: 2
                """;

        Cli.Run passing = runWithInput(scenario, "test", "-", "--lang", "en");
        Cli.Run failing = runWithInput(scenario.replace("arobases: 2", "arobases: 3"), "test", "-", "--lang", "en");

        assertThat(passing.status()).isZero();
        assertThat(passing.out()).startsWith("ok    <stdin>:3  a VILLAGE at the 2@ threshold\n\n"
                + "1 scenario: 1 passed, 0 failed\n");
        assertThat(failing.status()).isEqualTo(1);
        assertThat(failing.out()).startsWith("FAIL  <stdin>:3  a VILLAGE at the 2@ threshold\n"
                + "      arobases: expected 3@, actual 2@\n");
    }

    /** A named pipe can be read only once: the edition file it carries used to be opened three times. */
    @Test
    void aNamedPipeIsReadOnce(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("edition.pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException noMkfifo) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                "a system with named pipes (mkfifo)");
        byte[] edition = bytesOf(EDITION);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write(edition);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();

        Cli.Run run = run("palmares", pipe.toString(), "--format", "csv");

        writer.join(10_000);
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(run("palmares", fixtureArg(EDITION), "--format", "csv").out());
    }
}
