package fr.label.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.label.examples.ExampleEditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code label serve}: its options' usage errors, and the process started, asked, then stopped by SIGTERM. */
class ServeCommandTest {

    @Test
    void badOptionsAreUsageErrorsSayingWhatWasExpected() {
        Cli.Run port = Cli.run("serve", "--port", "70000");
        Cli.Run size = Cli.run("serve", "--max-body", "lots");
        Cli.Run timeout = Cli.run("serve", "--request-timeout", "0");
        Cli.Run rules = Cli.run("serve", "--rules", "no-such-folder", "--lang", "en");

        assertThat(port.status()).isEqualTo(2);
        assertThat(port.err()).contains("expected a port from 0 to 65535, found '70000'");
        assertThat(size.status()).isEqualTo(2);
        assertThat(size.err()).contains("expected a size in bytes, or with k or m (e.g. 16m), found 'lots'");
        assertThat(timeout.status()).isEqualTo(2);
        assertThat(timeout.err()).contains("expected a number of seconds from 1 to 86400, found '0'");
        assertThat(rules.status()).isEqualTo(2);
        assertThat(rules.err()).contains("--rules no-such-folder: expected a folder of .drl files");
    }

    @Test
    void theHelpListsTheOptions() {
        Cli.Run help = Cli.run("serve", "--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--port", "--bind", "--rules", "--threads", "--max-body", "--request-timeout");
    }

    /**
     * The tool as a process of its own: it says where it listens, answers, and on SIGTERM finishes
     * the palmarès it is streaming (whole, "complete": true) before it ends.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aServerStoppedBySigtermFinishesWhatItWasAnswering() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "SIGTERM is sent with destroy(): Linux only");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), LabelCommand.class.getName(),
                "serve", "--port", "0", "--lang", "en");
        Process tool = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(tool.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).startsWith("Serving on http://127.0.0.1:");
            URI address = URI.create(first.substring("Serving on ".length()).split(" ", 2)[0]);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            assertThat(client.send(HttpRequest.newBuilder(address.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains("\"status\" : \"ok\"");

            ObjectMapper json = new ObjectMapper();
            ObjectNode edition;
            try (InputStream in = ExampleEditions.class.getResourceAsStream(
                    "/fr/label/examples/editions/" + ExampleEditions.fileName(2023))) {
                edition = (ObjectNode) json.readTree(in);
            }
            ArrayNode dossiers = (ArrayNode) edition.get("dossiers");
            while (dossiers.size() > 200) {
                dossiers.remove(dossiers.size() - 1);
            }
            CountDownLatch sentAllButTheEnd = new CountDownLatch(1);
            CountDownLatch signalled = new CountDownLatch(1);
            byte[] body = json.writeValueAsBytes(edition);
            // The body's last byte waits for the signal: the request is surely in flight when it comes.
            InputStream held = new ByteArrayInputStream(body) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    if (available() <= 1) {
                        sentAllButTheEnd.countDown();
                        try {
                            signalled.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return super.read(b, off, len);
                    }
                    return super.read(b, off, Math.min(len, available() - 1));
                }
            };
            CompletableFuture<HttpResponse<String>> palmares = client.sendAsync(
                    HttpRequest.newBuilder(address.resolve("/api/2023/palmares"))
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> held)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sentAllButTheEnd.await(60, TimeUnit.SECONDS)).isTrue();
            tool.destroy(); // SIGTERM
            signalled.countDown();

            HttpResponse<String> answer = palmares.get(90, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode result = json.readTree(answer.body());
            assertThat(result.get("complete").asBoolean()).isTrue();
            assertThat(result.get("results")).hasSize(200);
            assertThat(tool.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(tool.exitValue()).isEqualTo(143);
        } finally {
            tool.destroyForcibly();
        }
    }
}
