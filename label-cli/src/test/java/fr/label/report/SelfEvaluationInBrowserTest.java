package fr.label.report;

import com.fasterxml.jackson.databind.JsonNode;
import fr.label.server.LabelServer;
import fr.label.server.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The self-evaluation page of {@code label serve} in headless Chromium: an example loaded with
 * the mouse, evaluated, then its actions edited in the table until the level drops; the frame
 * shows the dossier's page each time, and nothing goes wrong in the console. The screenshots go
 * to target/screenshots/.
 *
 * <p>Skipped when Chromium is absent on a developer's machine; fails when it is absent in CI
 * ({@code CI=true}).
 */
@Tag("exhaustive") // run once per CI, on JDK 17: what it checks does not depend on the Java version
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SelfEvaluationInBrowserTest {

    private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    /** The frame's document, where the dossier's page opens. */
    private static final String PAGE = "document.getElementById('result').contentDocument";

    private static HeadlessChromium browser;
    private static LabelServer server;
    private static String skipped;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Optional<Path> binary = HeadlessChromium.find();
        if (binary.isEmpty()) {
            String where = "CHROMIUM_BIN or one of " + HeadlessChromium.KNOWN_BINARIES;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but no Chromium found (" + where + "): CI must install Debian's chromium package");
            }
            skipped = "Browser test skipped: no Chromium found (" + where + "). Install it with "
                    + "'apt-get install chromium' (Debian) or set CHROMIUM_BIN to run it.";
            System.err.println(skipped);
            return;
        }
        server = LabelServer.start(ServerSettings.defaults().withPort(0));
        browser = HeadlessChromium.start(binary.get(),
                TARGET.resolve("chromium-profile-serve-" + ProcessHandle.current().pid()),
                TARGET.resolve("chromium-serve.log"));
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Waits until the script's value is true: the page works on its own (fetch, form, frame). */
    private static void waitUntil(HeadlessChromium.Tab tab, String condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            JsonNode value = tab.evaluate("(function(){try{return !!(" + condition + ");}catch(e){return false;}})()");
            if (value.asBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened: " + what + "; console: " + tab.errors());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private static String text(HeadlessChromium.Tab tab, String selector) {
        return tab.evaluate("(function(){var e=" + PAGE + ".querySelector('" + selector
                + "');return e?e.textContent.replace(/\\s+/g,' ').trim():null;})()").asText();
    }

    /** Sets a field of the table of actions as a date picker does, then lets the page hear the change. */
    private static void setActionField(HeadlessChromium.Tab tab, String actionId, String field, String value) {
        tab.evaluate("(function(){var i=document.querySelector('#actions tr[data-action=\"" + actionId
                + "\"] .action-" + field + "');i.value='" + value + "';"
                + "i.dispatchEvent(new Event('change'));})()");
    }

    @Test
    void anExampleIsEvaluatedThenItsActionsChangeTheLevelAndTheChecklist() throws IOException {
        HeadlessChromium.Tab tab = browser.newTab(1400, 1000);
        tab.navigate(server.address().resolve("/?lang=en").toString());

        tab.click("button.example[data-example=village]");
        waitUntil(tab, PAGE + ".querySelector('.badge')", "the village's page in the frame");

        assertThat(tab.evaluate("document.querySelectorAll('#actions tbody tr').length").asInt()).isEqualTo(14);
        assertThat(tab.evaluate("document.getElementById('edition').value").asText())
                .as("the example's own edition is chosen").isEqualTo("2023");
        assertThat(tab.evaluate(PAGE + ".querySelector('.badge').classList.contains('badge-3')").asBoolean())
                .as("the village example is 3@").isTrue();
        assertThat(text(tab, "#h-next")).contains("4@");
        assertThat(text(tab, ".next-level .checklist")).contains("12 of 18");
        assertThat(text(tab, ".mosaique")).isNotEmpty();
        tab.screenshot(SCREENSHOTS.resolve("self-evaluation-village.png"));

        // One action starting after the jury date: it no longer counts, the checklist says so.
        setActionField(tab, "a-001", "start", "2023-06-01");
        waitUntil(tab, PAGE + ".querySelector('.next-level .checklist').textContent.indexOf('11 of 18') >= 0",
                "the checklist counting 11 actions");
        assertThat(tab.evaluate("JSON.parse(document.getElementById('dossier').value).actions[0].start").asText())
                .isEqualTo("2023-06-01");
        assertThat(tab.evaluate(PAGE + ".querySelector('tr[data-action=\"a-001\"] .reason')"
                + ".getAttribute('data-reason')").asText()).isEqualTo("NOT_STARTED");

        // Two more: 9 eligible actions, fewer than the 10 of 3@: the level drops to 2@.
        setActionField(tab, "a-002", "start", "2023-06-01");
        setActionField(tab, "a-003", "start", "2023-06-01");
        waitUntil(tab, PAGE + ".querySelector('.badge.badge-2')", "the level dropping to 2@");
        assertThat(text(tab, "#h-next")).contains("3@");
        assertThat(text(tab, ".next-level .checklist")).contains("9 of 10");

        // Innovative, by a click as a person would: the JSON follows.
        tab.click("#actions tr[data-action=\"a-004\"] .action-innovative");
        waitUntil(tab, "JSON.parse(document.getElementById('dossier').value).actions[3].innovative === true",
                "the innovative box written into the dossier");
        tab.screenshot(SCREENSHOTS.resolve("self-evaluation-edited.png"));

        assertThat(tab.errors()).as("console errors").isEmpty();
        String origin = server.address().toString();
        assertThat(tab.requests()).as("requests").isNotEmpty()
                .allMatch(url -> url.startsWith(origin) || url.startsWith("about:") || url.startsWith("data:"));
    }

    @Test
    void aDossierThatIsRejectedShowsItsProblemsWithTheirPaths() {
        HeadlessChromium.Tab tab = browser.newTab(1200, 900);
        tab.navigate(server.address().resolve("/?lang=fr").toString());

        tab.click("button.example[data-example=ville]");
        waitUntil(tab, PAGE + ".querySelector('.badge')", "the ville's page in the frame");
        setActionField(tab, "a-001", "start", "2021-02-30");
        waitUntil(tab, PAGE + ".getElementById('rejected')", "the problems page");

        assertThat(tab.evaluate(PAGE + ".querySelector('.problems li').getAttribute('data-path')").asText())
                .isEqualTo("actions[0].start");
        assertThat(tab.evaluate("document.documentElement.lang").asText()).isEqualTo("fr");
        assertThat(text(tab, "#rejected")).isEqualTo("Le dossier n'a pas pu être évalué");
        // The browser logs the 400 of the rejected dossier, which is the answer under test; nothing else.
        assertThat(tab.errors()).as("console errors").allMatch(error -> error.startsWith("log (network)")
                && error.contains("status of 400") && error.contains("/api/2023/evaluate?format=html"));
    }

    @Test
    void theExamplePalmaresOpensWithoutError() {
        HeadlessChromium.Tab tab = browser.newTab(1200, 900);
        tab.navigate(server.address().resolve("/palmares/2023?lang=en").toString());

        assertThat(tab.evaluate("document.querySelectorAll('#collectivites tbody tr').length").asInt()).isPositive();
        tab.clickAndWait("#collectivites tbody tr a");
        assertThat(tab.evaluate("!!document.querySelector('.badge')").asBoolean()).isTrue();
        assertThat(tab.errors()).as("console errors").isEmpty();
    }
}
