package fr.label.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol, through a plain
 * WebSocket of {@code java.net.http}: no WebDriver, no driver download, nothing but the
 * browser. Started with a fresh profile and every background network feature off.
 *
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.start(binary, profile, log)) {
 *     HeadlessChromium.Tab tab = browser.newTab(1280, 900);
 *     tab.navigate(page.toUri().toString());
 *     JsonNode rows = tab.evaluate("document.querySelectorAll('tr').length");
 *     tab.screenshot(Path.of("target/screenshots/page.png"));
 *     assertThat(tab.errors()).isEmpty();
 * }
 * }</pre>
 */
final class HeadlessChromium implements AutoCloseable {

    /** Where a Debian (or other Linux) machine has the browser, in the order tried. */
    static final List<String> KNOWN_BINARIES = List.of(
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Tab> tabs = new ConcurrentHashMap<>();
    private volatile Throwable broken;

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /**
     * The browser to use: the {@code CHROMIUM_BIN} environment variable (or {@code label.chromium}
     * system property) when set, else the first of {@link #KNOWN_BINARIES} that exists.
     */
    static Optional<Path> find() {
        String chosen = System.getProperty("label.chromium", System.getenv("CHROMIUM_BIN"));
        if (chosen != null && !chosen.isBlank()) {
            Path path = Path.of(chosen);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return KNOWN_BINARIES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts the browser with a new profile in {@code profile} (deleted on close) and its output in {@code log}. */
    static HeadlessChromium start(Path binary, Path profile, Path log) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = List.of(binary.toString(),
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--disable-default-apps", "--disable-domain-reliability", "--disable-breakpad",
                "--metrics-recording-only", "--mute-audio", "--hide-scrollbars",
                "--allow-file-access-from-files", "--font-render-hinting=none",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile.toAbsolutePath(), "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            // With port 0 the browser picks a free port and writes it, with the browser's
            // WebSocket path, in DevToolsActivePort of its profile.
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            List<String> lines = List.of();
            while (lines.size() < 2) {
                if (!process.isAlive()) {
                    throw new IOException("Chromium stopped at start (exit " + process.exitValue() + "): "
                            + tail(log));
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("Chromium did not open its DevTools port within 30 s: " + tail(log));
                }
                if (Files.exists(portFile)) {
                    lines = Files.readAllLines(portFile);
                }
                if (lines.size() < 2) {
                    Thread.sleep(50);
                }
            }
            URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
            Holder holder = new Holder();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, holder.listener()).get(15, TimeUnit.SECONDS);
            HeadlessChromium browser = new HeadlessChromium(process, profile, socket);
            holder.browser = browser;
            return browser;
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("cannot connect to Chromium's DevTools: " + e + " " + tail(log), e);
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Lets the listener reach the browser once it is built (the socket opens before). */
    private static final class Holder {
        volatile HeadlessChromium browser;
        private final List<String> early = new ArrayList<>();

        WebSocket.Listener listener() {
            return new WebSocket.Listener() {
                private final StringBuilder buffer = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    buffer.append(data);
                    if (last) {
                        String message = buffer.toString();
                        buffer.setLength(0);
                        HeadlessChromium target = browser;
                        if (target == null) {
                            early.add(message);
                        } else {
                            early.forEach(target::dispatch);
                            early.clear();
                            target.dispatch(message);
                        }
                    }
                    socket.request(1);
                    return null;
                }

                @Override
                public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                    HeadlessChromium target = browser;
                    if (target != null) {
                        target.fail(new IOException("DevTools connection closed: " + status + " " + reason));
                    }
                    return null;
                }

                @Override
                public void onError(WebSocket socket, Throwable error) {
                    HeadlessChromium target = browser;
                    if (target != null) {
                        target.fail(error);
                    }
                }
            };
        }
    }

    private void dispatch(String message) {
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (IOException e) {
            fail(e);
            return;
        }
        if (node.has("id")) {
            CompletableFuture<JsonNode> future = pending.remove(node.get("id").asInt());
            if (future != null) {
                future.complete(node);
            }
            return;
        }
        String session = node.path("sessionId").asText(null);
        Tab tab = session == null ? null : tabs.get(session);
        if (tab != null) {
            tab.event(node);
        }
    }

    private void fail(Throwable error) {
        broken = error;
        pending.values().forEach(f -> f.completeExceptionally(error));
        pending.clear();
    }

    /** Sends a command (to a tab's session, or to the browser when {@code session} is null) and waits for its result. */
    JsonNode send(String session, String method, Map<String, ?> params) {
        if (broken != null) {
            throw new IllegalStateException("DevTools connection broken", broken);
        }
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        try {
            synchronized (socket) {
                socket.sendText(message.toString(), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            JsonNode answer = future.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + " failed: " + answer.get("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            pending.remove(id);
            throw new IllegalStateException(method + " got no answer in " + COMMAND_TIMEOUT.toSeconds() + " s", e);
        }
    }

    /** Opens a new tab of the given viewport size, recording its console, errors and requests. */
    Tab newTab(int width, int height) {
        String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        Tab tab = new Tab(session);
        tabs.put(session, tab);
        tab.send("Page.enable", Map.of());
        tab.send("Runtime.enable", Map.of());
        tab.send("Log.enable", Map.of());
        tab.send("Network.enable", Map.of());
        tab.send("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return tab;
    }

    @Override
    public void close() {
        try {
            send(null, "Browser.close", Map.of());
        } catch (RuntimeException ignored) {
            // It may be gone already; it is stopped below anyway.
        }
        try {
            socket.abort();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // A file the browser still holds; the folder is under target/ anyway.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Same.
        }
    }

    /** One tab: navigation, script evaluation, real mouse clicks and typing, screenshots. */
    final class Tab {
        private final String session;
        private final List<JsonNode> events = new ArrayList<>();

        private Tab(String session) {
            this.session = session;
        }

        private void event(JsonNode event) {
            synchronized (events) {
                events.add(event);
                events.notifyAll();
            }
        }

        JsonNode send(String method, Map<String, ?> params) {
            return HeadlessChromium.this.send(session, method, params);
        }

        private int mark() {
            synchronized (events) {
                return events.size();
            }
        }

        private void waitFor(String method, int from) {
            long deadline = System.nanoTime() + COMMAND_TIMEOUT.toNanos();
            synchronized (events) {
                while (true) {
                    for (int i = from; i < events.size(); i++) {
                        if (method.equals(events.get(i).path("method").asText())) {
                            return;
                        }
                    }
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        throw new IllegalStateException("no " + method + " within " + COMMAND_TIMEOUT.toSeconds() + " s");
                    }
                    try {
                        events.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted waiting for " + method, e);
                    }
                }
            }
        }

        /** Loads the address and waits for the page's load event. */
        void navigate(String url) {
            int mark = mark();
            JsonNode result = send("Page.navigate", Map.of("url", url));
            if (result.hasNonNull("errorText")) {
                throw new IllegalStateException("cannot load " + url + ": " + result.get("errorText").asText());
            }
            waitFor("Page.loadEventFired", mark);
        }

        void reload() {
            int mark = mark();
            send("Page.reload", Map.of("ignoreCache", true));
            waitFor("Page.loadEventFired", mark);
        }

        /** Evaluates a script expression in the page and returns its value as JSON. */
        JsonNode evaluate(String expression) {
            JsonNode result = send("Runtime.evaluate",
                    Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** Clicks the middle of the first element the CSS selector matches, with the mouse, as a person would. */
        void click(String selector) {
            JsonNode point = evaluate("(function(){var e=document.querySelector(" + JSON.valueToTree(selector)
                    + ");if(!e)return null;e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                    + "return {x:r.left+r.width/2,y:r.top+r.height/2};})()");
            if (point.isNull() || point.isMissingNode()) {
                throw new IllegalStateException("nothing matches " + selector);
            }
            double x = point.get("x").asDouble();
            double y = point.get("y").asDouble();
            send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
            send("Input.dispatchMouseEvent",
                    Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
            send("Input.dispatchMouseEvent",
                    Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
        }

        /** Clicks a link and waits for the page it leads to. */
        void clickAndWait(String selector) {
            int mark = mark();
            click(selector);
            waitFor("Page.loadEventFired", mark);
        }

        /** Types text into the focused element, as a keyboard would (fires input events). */
        void type(String text) {
            send("Input.insertText", Map.of("text", text));
        }

        /** Turns script execution off (or back on) for the next loads. */
        void scripts(boolean enabled) {
            send("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
        }

        /** Lays the page out for "screen" or "print". */
        void media(String media) {
            send("Emulation.setEmulatedMedia", Map.of("media", media));
        }

        /** Saves a PNG of the whole page, not only the viewport. */
        void screenshot(Path file) throws IOException {
            JsonNode metrics = send("Page.getLayoutMetrics", Map.of());
            JsonNode size = metrics.has("cssContentSize") ? metrics.get("cssContentSize") : metrics.get("contentSize");
            double width = Math.ceil(size.get("width").asDouble());
            double height = Math.min(16000, Math.ceil(size.get("height").asDouble()));
            JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
        }

        /** Console errors, uncaught exceptions and browser log errors (failed loads, blocked content) so far. */
        List<String> errors() {
            List<String> errors = new ArrayList<>();
            synchronized (events) {
                for (JsonNode event : events) {
                    JsonNode params = event.path("params");
                    switch (event.path("method").asText()) {
                        case "Runtime.consoleAPICalled" -> {
                            String type = params.path("type").asText();
                            if (type.equals("error") || type.equals("assert")) {
                                errors.add("console." + type + ": " + params.path("args"));
                            }
                        }
                        case "Runtime.exceptionThrown" -> errors.add("exception: "
                                + params.path("exceptionDetails").path("exception").path("description").asText(
                                params.path("exceptionDetails").path("text").asText()));
                        case "Log.entryAdded" -> {
                            JsonNode entry = params.path("entry");
                            if (entry.path("level").asText().equals("error")) {
                                errors.add("log (" + entry.path("source").asText() + "): " + entry.path("text").asText()
                                        + " " + entry.path("url").asText(""));
                            }
                        }
                        default -> { }
                    }
                }
            }
            return errors;
        }

        /** Every address the pages of this tab asked for. */
        List<String> requests() {
            List<String> urls = new ArrayList<>();
            synchronized (events) {
                for (JsonNode event : events) {
                    if (event.path("method").asText().equals("Network.requestWillBeSent")) {
                        urls.add(event.path("params").path("request").path("url").asText());
                    }
                }
            }
            return urls;
        }
    }
}
