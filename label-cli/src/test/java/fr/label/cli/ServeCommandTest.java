package fr.label.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.label.examples.ExampleEditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
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

/**
 * {@code label serve}: its options' usage errors, its errors at start, and the process started,
 * asked, then stopped by SIGTERM, saying each in the language of --lang.
 */
class ServeCommandTest {

    @Test
    void badOptionsAreUsageErrorsSayingWhatWasExpected() {
        Cli.Run port = Cli.run("serve", "--port", "70000", "--lang", "en");
        Cli.Run size = Cli.run("serve", "--max-body", "lots", "--lang", "en");
        Cli.Run timeout = Cli.run("serve", "--request-timeout", "0", "--lang", "en");
        Cli.Run rules = Cli.run("serve", "--rules", "no-such-folder", "--lang", "en");

        assertThat(port.status()).isEqualTo(2);
        assertThat(port.err()).contains("--port: expected a port from 0 to 65535, found '70000'");
        assertThat(size.status()).isEqualTo(2);
        assertThat(size.err()).contains("expected a size in bytes, or with k or m (e.g. 16m), found 'lots'");
        assertThat(timeout.status()).isEqualTo(2);
        assertThat(timeout.err()).contains("expected a number of seconds from 1 to 86400, found '0'");
        assertThat(rules.status()).isEqualTo(2);
        assertThat(rules.err()).contains("--rules no-such-folder: expected a folder of .drl files");
    }

    @Test
    void badOptionsAreSaidInFrenchByDefault() {
        Cli.Run port = Cli.run("serve", "--port", "70000");
        Cli.Run timeout = Cli.run("serve", "--request-timeout", "une minute");
        Cli.Run threads = Cli.run("serve", "--threads", "0");

        assertThat(port.status()).isEqualTo(2);
        assertThat(port.err()).contains("--port : attendu un port de 0 à 65535, trouvé « 70000 »");
        assertThat(timeout.status()).isEqualTo(2);
        assertThat(timeout.err()).contains("--request-timeout : attendu un nombre de secondes de 1 à 86400, trouvé « une minute »");
        assertThat(threads.status()).isEqualTo(2);
        assertThat(threads.err()).contains("--threads : attendu un nombre de fils d'exécution de 1 à 256, trouvé « 0 »");
    }

    /** A port another program listens on: the server says so in the command's language, and exits 1. */
    @Test
    void aTakenPortIsSaidInTheLanguageOfTheCommand() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());

            Cli.Run french = Cli.run("serve", "--port", port);
            Cli.Run english = Cli.run("serve", "--port", port, "--lang", "en");

            assertThat(french.status()).isEqualTo(1);
            assertThat(french.err()).isEqualTo("label: impossible d'écouter sur 127.0.0.1:" + port
                    + " : le port est déjà pris (--port N pour un autre, --port 0 pour un port libre)\n");
            assertThat(english.status()).isEqualTo(1);
            assertThat(english.err()).isEqualTo("label: cannot listen on 127.0.0.1:" + port
                    + ": the port is already taken (--port N for another, --port 0 for any free one)\n");
        }
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
            // The request is in flight once the server answers it, not when the client has sent it
            // (the system's buffers take a body before the server reads a byte of it).
            while (!client.send(HttpRequest.newBuilder(address.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("\"requestsInFlight\" : 1")) {
                Thread.sleep(20);
            }
            tool.toHandle().destroy(); // SIGTERM, leaving its output open to read (Process.destroy closes it)
            signalled.countDown();

            HttpResponse<String> answer = palmares.get(90, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode result = json.readTree(answer.body());
            assertThat(result.get("complete").asBoolean()).isTrue();
            assertThat(result.get("results")).hasSize(200);
            assertThat(tool.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(tool.exitValue()).isEqualTo(143);
            assertThat(out.readLine()).isEqualTo("Stopping: the requests in flight finish...");
            assertThat(out.readLine()).isEqualTo("Stopped.");
        } finally {
            tool.destroyForcibly();
        }
    }

    /**
     * --request-timeout is a real limit: a client that sends the headers of a request, announcing a
     * body it never sends, has its connection closed (here after a second; 20 s is only a generous
     * bound, not a measure), and the server answers the next request. French by default: the lines
     * the server prints say so.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRequestWhoseBodyNeverComesIsClosedAtTheTimeLimit(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "SIGTERM is sent with destroy(): Linux only");
        Path errors = dir.resolve("stderr.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), LabelCommand.class.getName(),
                "serve", "--port", "0", "--request-timeout", "1");
        Process tool = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(tool.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).startsWith("À l'écoute sur http://127.0.0.1:").endsWith(" ; Ctrl-C pour arrêter)");
            URI address = URI.create(first.substring("À l'écoute sur ".length()).split(" ", 2)[0]);

            try (Socket slow = new Socket(address.getHost(), address.getPort())) {
                slow.setSoTimeout(20_000); // a generous bound: the limit is one second
                slow.getOutputStream().write(("POST /api/2023/evaluate HTTP/1.1\r\nHost: " + address.getAuthority()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"collectivite\"")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.getOutputStream().flush();
                int answer;
                try {
                    answer = slow.getInputStream().read();
                } catch (SocketTimeoutException stillOpen) {
                    throw new AssertionError("the connection is still open after 20 s: no request time limit");
                } catch (SocketException reset) {
                    answer = -1; // closed by a reset: closed all the same
                }
                assertThat(answer).as("nothing is answered: the connection is closed").isEqualTo(-1);
            }

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(address.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\" : \"ok\"");

            tool.toHandle().destroy(); // SIGTERM, leaving its output open to read (Process.destroy closes it)
            assertThat(tool.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out.readLine()).isEqualTo("Arrêt : les requêtes en cours se terminent...");
            assertThat(out.readLine()).isEqualTo("Arrêté.");
            assertThat(Files.readString(errors)).contains("label serve : POST /api/2023/evaluate : connexion perdue");
        } finally {
            tool.destroyForcibly();
        }
    }
}
