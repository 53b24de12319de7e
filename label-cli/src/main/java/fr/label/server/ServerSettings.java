package fr.label.server;

import fr.label.Language;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link LabelServer} listens and what it accepts. The defaults are those of
 * {@code label serve}: localhost only, port 8080, shipped rules, bodies up to 16 MiB, a minute
 * to read a request and two to write an answer.
 *
 * @param bind           the address to listen on (localhost unless told otherwise)
 * @param port           the port, 0 for any free one
 * @param rules          a rules directory served beside the shipped editions, or {@code null}
 * @param threads        requests answered at once; more wait their turn
 * @param maxBodyBytes   the largest request body accepted; beyond it, 413
 * @param requestTimeout the time a client has to send a request, and the server to send the answer
 * @param language       the language of the lines the server prints (its errors at start, its log);
 *                       each request chooses the language of its answer
 */
public record ServerSettings(InetAddress bind, int port, Path rules, int threads, long maxBodyBytes,
                             Duration requestTimeout, Language language) {

    /** The port of {@code label serve} when none is given. */
    public static final int DEFAULT_PORT = 8080;
    /** The largest body accepted when none is given: an edition file of a few thousand dossiers. */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
    /** The time to read a request, and to write an answer, when none is given. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    public ServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(language, "language");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: expected 0 to 65535, found " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected at least 1, found " + threads);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes: expected at least 1, found " + maxBodyBytes);
        }
    }

    /** Localhost, port 8080, the shipped rules, a thread per processor (at least two), French lines. */
    public static ServerSettings defaults() {
        return new ServerSettings(InetAddress.getLoopbackAddress(), DEFAULT_PORT, null,
                Math.max(2, Runtime.getRuntime().availableProcessors()), DEFAULT_MAX_BODY_BYTES,
                DEFAULT_REQUEST_TIMEOUT, Language.FR);
    }

    public ServerSettings withBind(String host) throws UnknownHostException {
        return new ServerSettings(InetAddress.getByName(host), port, rules, threads, maxBodyBytes, requestTimeout,
                language);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(bind, newPort, rules, threads, maxBodyBytes, requestTimeout, language);
    }

    public ServerSettings withRules(Path directory) {
        return new ServerSettings(bind, port, directory, threads, maxBodyBytes, requestTimeout, language);
    }

    public ServerSettings withThreads(int count) {
        return new ServerSettings(bind, port, rules, count, maxBodyBytes, requestTimeout, language);
    }

    public ServerSettings withMaxBodyBytes(long bytes) {
        return new ServerSettings(bind, port, rules, threads, bytes, requestTimeout, language);
    }

    public ServerSettings withRequestTimeout(Duration timeout) {
        return new ServerSettings(bind, port, rules, threads, maxBodyBytes, timeout, language);
    }

    /** The language of the lines the server prints. */
    public ServerSettings withLanguage(Language newLanguage) {
        return new ServerSettings(bind, port, rules, threads, maxBodyBytes, requestTimeout, newLanguage);
    }
}
