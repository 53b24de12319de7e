package fr.label.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.label.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The evaluation as a service: the JSON API, the self-evaluation page and the example palmarès
 * over HTTP, on the JDK's own server ({@code com.sun.net.httpserver}: no dependency, and all a
 * small service on localhost needs).
 *
 * <pre>{@code
 * try (LabelServer server = LabelServer.start(ServerSettings.defaults().withPort(0))) {
 *     URI api = server.address().resolve("/api/2023/evaluate");   // POST a dossier there
 * }   // close: the requests in flight finish, then the server stops
 * }</pre>
 *
 * Every answer of the API is JSON, errors included ({@code status}, {@code error} and, for a
 * rejected input, {@code problems} with file, JSON path and message); no stack trace leaves the
 * server. Engines are built once and shared by the requests.
 */
public final class LabelServer implements AutoCloseable {

    /** How long requests in flight may take to finish when the server stops. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final HttpServer http;
    private final ExecutorService workers;
    private final Routes routes;
    /** Requests whose handling has begun and not ended; {@code GET /health} tells how many others there are. */
    private final AtomicInteger inFlight;
    private final Object idle = new Object();
    private volatile boolean stopping;
    private boolean stopped;

    private LabelServer(HttpServer http, ExecutorService workers, Routes routes, AtomicInteger inFlight) {
        this.http = http;
        this.workers = workers;
        this.routes = routes;
        this.inFlight = inFlight;
    }

    /**
     * Compiles the rules directory when given (rules that do not compile throw
     * {@link fr.label.RuleSetException} before anything listens), then listens.
     *
     * @throws UncheckedIOException when the address cannot be listened on (port taken...), saying why in
     *                              the settings' language
     */
    public static LabelServer start(ServerSettings settings) {
        timeouts(settings.requestTimeout());
        ServedEditions editions = new ServedEditions(settings.rules());
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(ServerText.LISTEN_FAILED.in(settings.language(),
                    settings.bind().getHostAddress() + ":" + settings.port(), whyNot(e, settings.language())), e);
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "label-serve-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        AtomicInteger inFlight = new AtomicInteger();
        // /health counts the requests in flight but itself.
        LabelServer server = new LabelServer(http, workers, new Routes(editions, settings.maxBodyBytes(),
                settings.language(), () -> inFlight.get() - 1), inFlight);
        http.createContext("/", server::handle);
        http.setExecutor(workers);
        http.start();
        return server;
    }

    /**
     * Why the address cannot be listened on, in words of the user's language: the system's message
     * (in English, and the same on every Linux and macOS) tells which case it is.
     */
    private static String whyNot(IOException failure, Language language) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (failure instanceof BindException) {
            if (message.contains("in use")) {
                return ServerText.PORT_TAKEN.in(language);
            }
            if (message.contains("assign requested address")) {
                return ServerText.ADDRESS_NOT_HERE.in(language);
            }
            if (message.contains("Permission denied")) {
                return ServerText.PORT_NOT_ALLOWED.in(language);
            }
        }
        return ServerText.SYSTEM_REFUSED.in(language, message);
    }

    /**
     * The JDK's server reads its time limits once, from system properties, when its first server
     * is made: a request not read within the limit, or an answer not written, closes the connection.
     */
    private static void timeouts(Duration limit) {
        String seconds = Long.toString(Math.max(1, limit.toSeconds()));
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", seconds);
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", Long.toString(Math.max(1, 2 * limit.toSeconds())));
        }
    }

    /** Where it listens, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        InetSocketAddress where = http.getAddress();
        String host = where.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + where.getPort() + "/");
    }

    /** The port it listens on (the one chosen when port 0 was asked). */
    public int port() {
        return http.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try {
            if (stopping) {
                routes.refuse(exchange, 503, ServerText.STOPPING);
                return;
            }
            routes.handle(exchange);
        } finally {
            exchange.close();
            if (inFlight.decrementAndGet() == 0) {
                synchronized (idle) {
                    idle.notifyAll();
                }
            }
        }
    }

    /**
     * Stops: new requests get 503 while those in flight finish (for {@link #STOP_GRACE} at most),
     * then the server closes. Called again, does nothing.
     */
    public void stop() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        stopping = true;
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                try {
                    idle.wait(Math.min(left, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        http.stop(0);
        workers.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }
}
