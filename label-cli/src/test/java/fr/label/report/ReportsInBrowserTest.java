package fr.label.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.cli.LabelCommand;
import fr.label.dossier.Dossier;
import fr.label.examples.ExampleEditions;
import fr.label.json.LabelJson;
import fr.label.dossier.CollectiviteType;
import fr.label.referentiel.Referentiel;
import fr.label.result.Palmares;
import fr.label.result.PalmaresSummary;
import fr.label.result.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Opens the generated pages in Debian's headless Chromium: no console error, no request
 * leaving the files, the figures shown equal the palmarès', sorting and searching work, a
 * dossier page shows its mosaïque and checklist; screenshots go to target/screenshots/.
 *
 * <p>Skipped when Chromium is absent on a developer's machine; fails when it is absent in CI
 * ({@code CI=true}), which must install Debian's {@code chromium} package.
 */
@Tag("exhaustive") // run once per CI, on JDK 17: what it checks does not depend on the Java version
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ReportsInBrowserTest {

    private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    private static final String ROWS = "#collectivites tbody tr";

    private static HeadlessChromium browser;
    private static String skipped;
    private static Path site;
    private static Path siteEn;

    @BeforeAll
    static void startChromium() throws IOException, InterruptedException {
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
        site = TARGET.resolve("report-site");
        siteEn = TARGET.resolve("report-site-en");
        Palmares palmares = ReportFixtures.palmares();
        HtmlReports.writeSite(palmares, Language.FR, Referentiel.defaultReferentiel(), site);
        HtmlReports.writeSite(palmares, Language.EN, Referentiel.defaultReferentiel(), siteEn);
        browser = HeadlessChromium.start(binary.get(), TARGET.resolve("chromium-profile-" + ProcessHandle.current().pid()),
                TARGET.resolve("chromium.log"));
    }

    /** Each test reports itself skipped, with why, so that the skip shows in the build's counts. */
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Palmares palmares() {
        return ReportFixtures.palmares();
    }

    private static void assertClean(HeadlessChromium.Tab tab) {
        assertThat(tab.errors()).as("console errors").isEmpty();
        assertThat(tab.requests()).as("requests").allMatch(url -> url.startsWith("file:") || url.startsWith("data:")
                || url.startsWith("about:"));
    }

    private static List<String> visibleCodes(HeadlessChromium.Tab tab) {
        List<String> codes = new ArrayList<>();
        tab.evaluate("Array.from(document.querySelectorAll('" + ROWS + "')).filter(function(r){return !r.hidden"
                + " && r.getClientRects().length > 0;}).map(function(r){return r.getAttribute('data-code');})")
                .forEach(node -> codes.add(node.asText()));
        return codes;
    }

    private static Comparator<Result> byName() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing(Result::name, collator).thenComparing(Result::code);
    }

    private static List<String> codes(List<Result> results) {
        return results.stream().map(Result::code).toList();
    }

    @Test
    void the_palmares_page_shows_the_palmares_figures_and_sorts_and_searches() throws IOException {
        HeadlessChromium.Tab tab = browser.newTab(1280, 900);
        tab.navigate(site.resolve("index.html").toUri().toString());
        assertThat(tab.evaluate("document.title").asText()).startsWith("Palmarès 2023");
        tab.screenshot(SCREENSHOTS.resolve("palmares-fr.png"));

        assertShowsFigures(tab, palmares().summary());

        // The chart has a bar per level and type.
        assertThat(tab.evaluate("document.querySelectorAll('svg.chart g.bar').length").asInt()).isEqualTo(15);

        // First shown in the palmarès order: level, then name.
        PalmaresSummary summary = palmares().summary();
        List<Result> results = palmares().results();
        List<Result> byLevel = results.stream().sorted(Comparator.comparingInt(Result::arobases).reversed()
                .thenComparing(byName())).toList();
        assertThat(visibleCodes(tab)).containsExactlyElementsOf(codes(byLevel));

        // Sort by name, then by name descending, then by level ascending and back.
        tab.click("th[data-sort=name] button");
        List<Result> byName = results.stream().sorted(byName()).toList();
        assertThat(visibleCodes(tab)).containsExactlyElementsOf(codes(byName));
        assertThat(tab.evaluate("document.querySelector('th[data-sort=name]').getAttribute('aria-sort')").asText())
                .isEqualTo("ascending");
        tab.click("th[data-sort=name] button");
        assertThat(visibleCodes(tab)).containsExactlyElementsOf(codes(results.stream().sorted(byName().reversed()).toList()));
        tab.click("th[data-sort=level] button");
        assertThat(visibleCodes(tab)).containsExactlyElementsOf(codes(byLevel));
        tab.click("th[data-sort=level] button");
        assertThat(visibleCodes(tab)).containsExactlyElementsOf(codes(results.stream()
                .sorted(Comparator.comparingInt(Result::arobases).thenComparing(byName())).toList()));
        assertThat(tab.evaluate("document.querySelector('th[data-sort=level]').getAttribute('aria-sort')").asText())
                .isEqualTo("ascending");
        tab.click("th[data-sort=name] button");

        // Search, ignoring accents and case: "metropole" finds the métropoles.
        tab.click("#search");
        tab.type("metropole");
        List<String> found = visibleCodes(tab);
        assertThat(found).containsExactlyElementsOf(codes(byName.stream()
                .filter(r -> Html.fold(r.name()).contains("metropole")).toList()));
        assertThat(found).hasSizeGreaterThan(1).hasSizeLessThan(results.size());
        assertThat(tab.evaluate("document.getElementById('shown-count').innerText").asText())
                .isEqualTo(found.size() + " collectivités affichées sur " + results.size());
        tab.screenshot(SCREENSHOTS.resolve("palmares-search.png"));
        // By région, by code, then nothing.
        tab.evaluate("(function(){var i=document.getElementById('search');i.select();})()");
        tab.type("Occitanie");
        assertThat(visibleCodes(tab)).hasSize(summary.byRegion().get("Occitanie"));
        tab.evaluate("(function(){var i=document.getElementById('search');i.select();})()");
        tab.type("84031");
        assertThat(visibleCodes(tab)).containsExactly("84031");
        tab.evaluate("(function(){var i=document.getElementById('search');i.select();})()");
        tab.type("zzz-nowhere");
        assertThat(visibleCodes(tab)).isEmpty();
        assertThat(tab.evaluate("document.getElementById('no-match').hidden").asBoolean()).isFalse();

        // Print layout: the search box goes, the table stays.
        tab.evaluate("(function(){var i=document.getElementById('search');i.value='';"
                + "i.dispatchEvent(new Event('input'));})()");
        tab.media("print");
        assertThat(tab.evaluate("getComputedStyle(document.getElementById('search-box')).display").asText()).isEqualTo("none");
        tab.screenshot(SCREENSHOTS.resolve("palmares-print.png"));
        tab.media("screen");

        assertClean(tab);
    }

    /** Every figure on screen, as the reader sees it, equals the summary's number. */
    private static void assertShowsFigures(HeadlessChromium.Tab tab, PalmaresSummary summary) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        JsonNode figures = tab.evaluate("Array.from(document.querySelectorAll('[data-figure]')).map(function(e){"
                + "return [e.getAttribute('data-figure') + (e.hasAttribute('data-key') ? ':' + e.getAttribute('data-key') : ''),"
                + " e.innerText, e.getClientRects().length > 0];})");
        for (JsonNode figure : figures) {
            assertThat(figure.get(2).asBoolean()).as("%s is visible", figure.get(0).asText()).isTrue();
            shown.put(figure.get(0).asText(), Integer.parseInt(figure.get(1).asText().replaceAll("\\D", "")));
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("participants", summary.participants());
        if (summary.rejected() > 0) {
            expected.put("rejected", summary.rejected());
        }
        expected.put("actions-filed", summary.actionsFiled());
        expected.put("actions-eligible", summary.actionsEligible());
        expected.put("mentions-awarded", summary.mentionsAwardedInAll());
        expected.put("excellence-awarded", summary.excellenceAwarded());
        expected.put("excellence-holders", summary.excellenceHolders());
        for (CollectiviteType type : CollectiviteType.values()) {
            expected.put("type-" + type.name(), summary.byType().get(type));
        }
        for (int level = 1; level <= 5; level++) {
            expected.put("level-" + level, summary.atArobases(level));
            for (CollectiviteType type : CollectiviteType.values()) {
                expected.put("level-" + level + "-" + type.name(), summary.byArobases().get(level).get(type));
            }
        }
        summary.byRegion().forEach((region, count) -> expected.put("region:" + region, count));
        summary.mentionsAwarded().forEach((code, count) -> expected.put("mention-awarded-" + code, count));
        summary.mentionsEligible().forEach((code, count) -> expected.put("mention-eligible-" + code, count));
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void the_2023_palmares_written_by_the_command_line_shows_the_2023_figures() throws IOException {
        Path page = TARGET.resolve("palmares-2023.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LabelCommand.run(new PrintWriter(out), new PrintWriter(err),
                "palmares", "2023", "--html", page.toString());
        assertThat(status).as(err.toString()).isZero();
        Palmares published = LabelEngine.forEdition(2023).evaluateEdition(ExampleEditions.read(2023));

        HeadlessChromium.Tab tab = browser.newTab(1280, 900);
        tab.navigate(page.toUri().toString());

        assertShowsFigures(tab, published.summary());
        assertThat(published.summary().participants()).isEqualTo(257);
        assertThat(tab.evaluate("document.querySelectorAll('svg.chart g.bar').length").asInt()).isEqualTo(15);
        assertThat(tab.evaluate("document.querySelectorAll('" + ROWS + "').length").asInt()).isEqualTo(257);
        tab.screenshot(SCREENSHOTS.resolve("palmares-2023-cli.png"));
        assertClean(tab);
        assertThat(ExternalUrls.in(Files.readString(page))).isEmpty();
    }

    @Test
    void a_dossier_page_written_by_the_command_line_matches_the_json_result_of_the_same_dossier() throws IOException {
        Dossier carpentras = ExampleEditions.read(2023).dossiers().stream()
                .filter(d -> d.code().equals("84031")).findFirst().orElseThrow();
        Path file = TARGET.resolve("carpentras-2023.json");
        Files.writeString(file, LabelJson.toJson(carpentras));
        Path page = TARGET.resolve("carpentras-2023.html");
        StringWriter json = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(LabelCommand.run(new PrintWriter(json), new PrintWriter(err),
                "evaluate", file.toString(), "--format", "json")).as(err.toString()).isZero();
        assertThat(LabelCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "evaluate", file.toString(), "--html", page.toString())).as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(json.toString());

        HeadlessChromium.Tab tab = browser.newTab(1280, 900);
        tab.navigate(page.toUri().toString());

        List<String> states = new ArrayList<>();
        tab.evaluate("Array.from(document.querySelectorAll('.mosaique .tile')).map(function(t){"
                + "return t.getAttribute('data-enjeu') + '=' + t.getAttribute('data-state');})")
                .forEach(node -> states.add(node.asText()));
        List<String> expected = new ArrayList<>();
        result.get("mosaique").forEach(tile -> expected.add(tile.get("enjeu").asText() + "="
                + (tile.get("strong").asBoolean() ? "strong" : tile.get("covered").asBoolean() ? "covered" : "none")));
        assertThat(states).hasSize(16).containsExactlyElementsOf(expected);
        assertThat(tab.evaluate("document.querySelector('svg.sign').getAttribute('data-arobases')").asInt())
                .isEqualTo(result.get("arobases").asInt());
        List<String> checklist = new ArrayList<>();
        tab.evaluate("Array.from(document.querySelectorAll('.checklist li .item')).map(function(i){return i.innerText;})")
                .forEach(node -> checklist.add(node.asText()));
        List<String> unmet = new ArrayList<>();
        if (!result.get("nextLevel").isNull()) {
            result.get("nextLevel").get("unmet").forEach(condition -> unmet.add(condition.get("message").asText()));
        }
        assertThat(checklist).containsExactlyElementsOf(unmet);
        assertThat(tab.evaluate("document.querySelectorAll('#actions tbody tr').length").asInt())
                .isEqualTo(result.get("actions").size());
        tab.screenshot(SCREENSHOTS.resolve("dossier-carpentras-cli.png"));
        assertClean(tab);
    }

    @Test
    void without_script_the_table_is_there_in_palmares_order() {
        HeadlessChromium.Tab tab = browser.newTab(1280, 900);
        tab.scripts(false);
        tab.navigate(site.resolve("index.html").toUri().toString());
        assertThat(visibleCodes(tab)).containsExactlyElementsOf(codes(PalmaresPage.palmaresOrder(palmares().results())));
        assertThat(tab.evaluate("document.getElementById('search-box').getClientRects().length").asInt()).isZero();
        assertThat(tab.evaluate("document.querySelectorAll('th button').length").asInt()).isZero();
        assertClean(tab);
    }

    @Test
    void a_dossier_page_shows_its_mosaique_and_what_the_next_level_needs() throws IOException {
        HeadlessChromium.Tab tab = browser.newTab(1280, 900);
        tab.navigate(site.resolve("index.html").toUri().toString());

        // Follow the link of a collectivité below 5@, as a reader would.
        Result monteux = palmares().result("84081").orElseThrow();
        assertThat(monteux.nextLevel()).isNotNull();
        tab.clickAndWait("tr[data-code='84081'] a");
        assertThat(tab.evaluate("location.pathname").asText()).endsWith("/collectivites/84081.html");
        assertThat(tab.evaluate("document.querySelector('h1').innerText").asText()).isEqualTo("Monteux");
        assertThat(tab.evaluate("document.querySelectorAll('.mosaique .tile').length").asInt()).isEqualTo(16);
        List<String> states = new ArrayList<>();
        tab.evaluate("Array.from(document.querySelectorAll('.mosaique .tile')).map(function(t){"
                + "return t.getAttribute('data-enjeu') + '=' + t.getAttribute('data-state');})")
                .forEach(node -> states.add(node.asText()));
        assertThat(states).containsExactlyElementsOf(monteux.mosaique().stream().map(t -> t.enjeu().code() + "="
                + (t.strong() ? "strong" : t.covered() ? "covered" : "none")).toList());
        List<String> checklist = new ArrayList<>();
        tab.evaluate("Array.from(document.querySelectorAll('.checklist li .item')).map(function(i){return i.innerText;})")
                .forEach(node -> checklist.add(node.asText()));
        assertThat(checklist).containsExactlyElementsOf(
                monteux.nextLevel().unmet().stream().map(c -> c.describe(Language.FR)).toList());
        assertThat(tab.evaluate("document.querySelector('svg.sign').getAttribute('data-arobases')").asInt())
                .isEqualTo(monteux.arobases());
        assertThat(tab.evaluate("document.querySelectorAll('#actions tbody tr').length").asInt())
                .isEqualTo(monteux.actions().size());
        tab.screenshot(SCREENSHOTS.resolve("dossier-84081.png"));

        // Back to the palmarès by its link.
        tab.clickAndWait(".back a");
        assertThat(tab.evaluate("location.pathname").asText()).endsWith("/index.html");

        // A dossier with actions failing for every reason, and a 5@ one awarded the distinction, in English.
        tab.navigate(site.resolve("collectivites/56121.html").toUri().toString());
        assertThat(tab.evaluate("document.querySelectorAll('[data-reason]').length").asInt()).isEqualTo(4);
        tab.screenshot(SCREENSHOTS.resolve("dossier-56121.png"));
        tab.navigate(siteEn.resolve("collectivites/13056.html").toUri().toString());
        assertThat(tab.evaluate("document.documentElement.lang").asText()).isEqualTo("en");
        assertThat(tab.evaluate("document.querySelectorAll('.checklist li').length").asInt()).isZero();
        assertThat(tab.evaluate("document.querySelector('[data-excellence]').getAttribute('data-excellence')").asText())
                .isEqualTo("AWARDED");
        tab.screenshot(SCREENSHOTS.resolve("dossier-13056-en.png"));
        tab.navigate(siteEn.resolve("index.html").toUri().toString());
        assertThat(tab.evaluate("document.querySelector('h2').innerText").asText()).isEqualTo("Key figures");
        tab.screenshot(SCREENSHOTS.resolve("palmares-en.png"));

        // A narrow screen.
        HeadlessChromium.Tab phone = browser.newTab(390, 844);
        phone.navigate(site.resolve("collectivites/84081.html").toUri().toString());
        phone.screenshot(SCREENSHOTS.resolve("dossier-84081-narrow.png"));

        assertClean(tab);
        assertClean(phone);
    }

    @Test
    void every_generated_page_is_self_contained() throws IOException {
        for (Path folder : List.of(site, siteEn)) {
            try (var files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    assertThat(ExternalUrls.in(Files.readString(file))).as(file.toString()).isEmpty();
                }
            }
        }
    }
}
