package fr.label.report;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.sketch.DossierSketch;
import fr.label.referentiel.Referentiel;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Palmares;
import fr.label.result.PalmaresSummary;
import fr.label.result.Result;
import fr.label.result.UnmetCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportsTest {

    private static final Referentiel REFERENTIEL = Referentiel.defaultReferentiel();

    private static Palmares palmares() {
        return ReportFixtures.palmares();
    }

    private static Result result(String code) {
        return palmares().result(code).orElseThrow();
    }

    /** The figures of a page: data-figure name to the number shown. */
    static Map<String, Integer> figures(String page) {
        Map<String, Integer> figures = new LinkedHashMap<>();
        Matcher m = Pattern.compile("data-figure=\"([^\"]+)\"(?: data-key=\"([^\"]*)\")?>([^<]*)<").matcher(page);
        while (m.find()) {
            String key = m.group(2) == null ? m.group(1) : m.group(1) + ":" + m.group(2);
            figures.put(key, Integer.parseInt(m.group(3).replaceAll("\\D", "")));
        }
        return figures;
    }

    static List<String> all(String regex, String page) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void the_palmares_shows_the_summary_figures() {
        PalmaresSummary summary = palmares().summary();
        Map<String, Integer> figures = figures(HtmlReports.palmaresPage(palmares(), Language.FR, null));

        assertThat(figures).containsEntry("participants", summary.participants())
                .containsEntry("actions-filed", summary.actionsFiled())
                .containsEntry("actions-eligible", summary.actionsEligible())
                .containsEntry("mentions-awarded", summary.mentionsAwardedInAll())
                .containsEntry("excellence-awarded", summary.excellenceAwarded())
                .containsEntry("excellence-holders", summary.excellenceHolders())
                .containsEntry("rejected", summary.rejected());
        for (CollectiviteType type : CollectiviteType.values()) {
            assertThat(figures).containsEntry("type-" + type.name(), summary.byType().get(type));
            for (int level = 1; level <= 5; level++) {
                assertThat(figures).containsEntry("level-" + level + "-" + type.name(),
                        summary.byArobases().get(level).get(type));
            }
        }
        for (int level = 1; level <= 5; level++) {
            assertThat(figures).containsEntry("level-" + level, summary.atArobases(level));
        }
        summary.byRegion().forEach((region, count) -> assertThat(figures).containsEntry("region:" + region
                .replace("'", "&#39;"), count));
        summary.mentionsAwarded().forEach((code, count) -> assertThat(figures).containsEntry("mention-awarded-" + code, count));
        summary.mentionsEligible().forEach((code, count) -> assertThat(figures).containsEntry("mention-eligible-" + code, count));
    }

    @Test
    void every_page_says_in_its_footer_which_rules_made_its_results() {
        Palmares palmares = palmares();
        Result one = palmares.results().get(0);
        String footer = "<p class=\"rules\" data-edition=\"" + palmares.edition() + "\" data-digest=\""
                + palmares.rules().digest() + "\" data-library=\"" + palmares.rules().library() + "\">";

        assertThat(HtmlReports.palmaresPage(palmares, Language.FR, null)).contains(footer + "Règles : "
                + palmares.rules().describe(Language.FR) + " (");
        assertThat(HtmlReports.dossierPage(one, Language.EN, Referentiel.defaultReferentiel())).contains(footer
                + "Rules: " + one.rules().describe(Language.EN) + " (");
    }

    @Test
    void the_test_edition_has_what_the_pages_must_show() {
        PalmaresSummary summary = palmares().summary();
        assertThat(summary.participants()).isBetween(20, 50);
        assertThat(summary.rejected()).isEqualTo(1);
        for (int level = 1; level <= 5; level++) {
            assertThat(summary.atArobases(level)).as("level %d", level).isPositive();
        }
        assertThat(summary.byType().values()).allMatch(count -> count > 2);
        assertThat(summary.mentionsAwardedInAll()).isPositive();
        assertThat(summary.excellenceAwarded()).isPositive();
        assertThat(summary.excellenceHolders()).isPositive();
        assertThat(summary.actionsEligible()).isLessThan(summary.actionsFiled());
    }

    @Test
    void the_palmares_lists_every_collectivite_in_palmares_order() {
        String page = HtmlReports.palmaresPage(palmares(), Language.FR, r -> "c/" + r.code() + ".html");
        List<String> codes = all("<tr data-code=\"([^\"]+)\"", page);
        assertThat(codes).containsExactlyElementsOf(
                PalmaresPage.palmaresOrder(palmares().results()).stream().map(Result::code).toList());
        List<Integer> levels = all("<tr data-code=\"[^\"]+\" data-level=\"(\\d)\"", page).stream()
                .map(Integer::valueOf).toList();
        assertThat(levels).isSortedAccordingTo((a, b) -> b - a);
        assertThat(page).contains("<a href=\"c/84031.html\">Carpentras</a>");
    }

    @Test
    void no_page_references_anything_outside_itself() {
        assertThat(ExternalUrls.in(HtmlReports.palmaresPage(palmares(), Language.FR, null))).isEmpty();
        assertThat(ExternalUrls.in(HtmlReports.palmaresPage(palmares(), Language.EN, r -> r.code() + ".html"))).isEmpty();
        for (Result result : palmares().results()) {
            assertThat(ExternalUrls.in(HtmlReports.dossierPage(result, Language.FR, REFERENTIEL)))
                    .as(result.code()).isEmpty();
        }
    }

    @Test
    void the_url_check_catches_what_it_must() {
        assertThat(ExternalUrls.in("<img src=\"//cdn.example/x.png\">")).hasSize(1);
        assertThat(ExternalUrls.in("<a href='https://example.org'>")).isNotEmpty();
        assertThat(ExternalUrls.in("<style>@import 'x.css';</style>")).hasSize(1);
        assertThat(ExternalUrls.in("<style>.a{background:url(x.png)}</style>")).hasSize(1);
        assertThat(ExternalUrls.in("<a href=\"collectivites/1.html\">")).isEmpty();
    }

    @Test
    void every_page_forbids_network_access_by_policy() {
        String page = HtmlReports.palmaresPage(palmares(), Language.FR, null);
        assertThat(page).contains("Content-Security-Policy").contains("default-src 'none'")
                .contains("script-src 'sha256-");
        assertThat(HtmlReports.dossierPage(result("84031"), Language.FR, REFERENTIEL)).contains("script-src 'none'")
                .doesNotContain("<script");
    }

    @Test
    void data_is_escaped_everywhere() {
        String evil = "Ville <script>alert('x')</script> & \"Cie\"";
        Result result = LabelEngine.forEdition(2023).evaluate(DossierSketch.of(2023,
                        Collectivite.ville("<b>1", evil).locatedIn("8\"4", "Région <i>"))
                .profile(12, 5, 1, 2, false).build());
        Palmares one = LabelEngine.forEdition(2023).evaluateEdition(List.of(DossierSketch.of(2023,
                Collectivite.ville("<b>1", evil).locatedIn("8\"4", "Région <i>")).profile(12, 5, 1, 2, false).build()));

        for (String page : List.of(HtmlReports.dossierPage(result, Language.FR, REFERENTIEL),
                HtmlReports.palmaresPage(one, Language.FR, r -> "p?x=" + r.code() + "&\"y"))) {
            assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>1").doesNotContain("<i>")
                    .doesNotContain("\"Cie\"").doesNotContain("8\"4").doesNotContain("&\"y")
                    .contains("Ville &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Cie&quot;");
            // The only script is the page's own, and no tag comes from the data.
            assertThat(all("<(script)[ >]", page).size()).isLessThanOrEqualTo(1);
        }
        assertThat(Html.esc(null)).isEmpty();
        assertThat(Html.esc("a\u0001b")).isEqualTo("a␁b");
    }

    @Test
    void a_dossier_page_draws_the_mosaique_as_its_tiles() {
        Result carpentras = result("84031");
        String page = HtmlReports.dossierPage(carpentras, Language.FR, REFERENTIEL);
        List<String> tiles = all("<li class=\"tile tile-\\w+\" data-enjeu=\"(\\w+)\"", page);
        assertThat(tiles).hasSize(16).containsExactlyElementsOf(
                carpentras.mosaique().stream().map(t -> t.enjeu().code()).toList());
        for (var tile : carpentras.mosaique()) {
            String state = tile.strong() ? "strong" : tile.covered() ? "covered" : "none";
            assertThat(page).contains("data-enjeu=\"" + tile.enjeu().code() + "\" data-state=\"" + state
                    + "\" data-actions=\"" + tile.actions() + "\" data-services=\"" + tile.services() + "\"");
        }
        assertThat(all("<h3 class=\"categorie\">([^<]+)</h3>", page)).containsExactly(
                "Démocratie et services publics", "Vivre ensemble", "Partage des connaissances",
                "Création de richesses");
        assertThat(page).contains("data-arobases=\"" + carpentras.arobases() + "\"");
    }

    @Test
    void the_checklist_is_the_next_level_s_unmet_conditions() {
        for (Result result : palmares().results()) {
            for (Language language : Language.values()) {
                String page = HtmlReports.dossierPage(result, language, REFERENTIEL);
                List<String> items = all("<li data-measure=\"[^\"]+\" data-actual=\"-?\\d+\" data-required=\"\\d+\">"
                        + "<span class=\"box\" aria-hidden=\"true\"></span><span class=\"item\">([^<]+)</span>", page);
                if (result.nextLevel() == null) {
                    assertThat(items).as(result.code()).isEmpty();
                    assertThat(page).contains(Text.TOP_LEVEL.in(language));
                } else {
                    assertThat(items).as(result.code()).containsExactlyElementsOf(result.nextLevel().unmet().stream()
                            .map(c -> Html.esc(c.describe(language))).toList());
                    assertThat(page).contains(Text.NEXT_LEVEL.in(language, result.nextLevel().arobases()));
                }
            }
        }
    }

    @Test
    void a_dossier_page_explains_mentions_excellence_and_actions() {
        Result ploermel = result("56121");
        String page = HtmlReports.dossierPage(ploermel, Language.FR, REFERENTIEL,
                palmares().catalogue(), "../index.html");
        assertThat(all("data-mention=\"(\\w+)\"", page)).containsExactly(
                "DEMOCRATIE_LOCALE", "MEDIATION_NUMERIQUE", "NUMERIQUE_EDUCATIF", "AROBASE_VERTE");
        assertThat(all("<tr class=\"[\\w-]+\" data-action=\"([^\"]+)\"", page))
                .containsExactlyElementsOf(ploermel.actions().stream().map(a -> a.id()).toList());
        assertThat(all("data-reason=\"(\\w+)\"", page)).containsExactlyInAnyOrder(
                "DUPLICATE", "UNKNOWN_SERVICE", "NOT_STARTED", "TOO_OLD");
        // Two actions share the id a-001: the duplicate gets the duplicate's explanation.
        assertThat(page).containsPattern("data-action=\"a-001\" data-eligible=\"false\">.*déjà celui de l&#39;action")
                .containsPattern("data-action=\"a-001\" data-eligible=\"true\">.*Action retenue");
        assertThat(page).contains("Services inconnus : UNKNOWN_CODE")
                .contains("Ancien site « Mairie &amp; Vous »")
                .contains("<a href=\"../index.html\">Retour au palmarès</a>")
                .contains("data-excellence=\"NONE\"");

        Result martigues = result("13056");
        assertThat(martigues.excellence().status()).isEqualTo(ExcellenceStatus.AWARDED);
        String top = HtmlReports.dossierPage(martigues, Language.EN, REFERENTIEL);
        assertThat(top).contains("<html lang=\"en\">").contains("data-excellence=\"AWARDED\"")
                .contains("valid until the " + martigues.excellence().validUntil() + " palmarès")
                .contains("Top level reached");
    }

    @Test
    void an_empty_edition_without_mentions_still_makes_a_page() {
        Palmares empty = LabelEngine.forEdition(2020).evaluateEdition(List.of());
        String page = HtmlReports.palmaresPage(empty, Language.FR, null);
        assertThat(figures(page)).containsEntry("participants", 0).containsEntry("mentions-awarded", 0)
                .doesNotContainKey("rejected");
        assertThat(page).contains(Text.NO_MENTION_IN_EDITION.in(Language.FR))
                .contains(Text.EXCELLENCE_NOT_IN_EDITION.in(Language.FR)).contains("21e édition");
        assertThat(ResultsCsv.csv(empty)).isEqualTo(ResultsCsv.HEADER + "\r\n");
    }

    @Test
    void pages_are_in_french_by_default_and_in_english_on_request() {
        String fr = HtmlReports.palmaresPage(palmares(), Language.FR, null);
        String en = HtmlReports.palmaresPage(palmares(), Language.EN, null);
        String byDefault = HtmlReports.palmaresPage(palmares(), null, null);
        assertThat(fr).contains("<html lang=\"fr\">").contains("Chiffres clés").contains("24e édition");
        assertThat(en).contains("<html lang=\"en\">").contains("Key figures").contains("24th edition")
                .doesNotContain("Chiffres clés");
        assertThat(byDefault).isEqualTo(fr);
    }

    @Test
    void pages_have_accessible_structure() {
        String page = HtmlReports.palmaresPage(palmares(), Language.FR, null);
        assertThat(all("<(h1)>", page)).hasSize(1);
        assertThat(page).contains("<th scope=\"col\"").contains("<th scope=\"row\"").contains("<caption>")
                .contains("role=\"img\" aria-labelledby=\"levels-chart-title levels-chart-desc\"")
                .contains("<label for=\"search\">").contains("@media print");
        String dossier = HtmlReports.dossierPage(result("84031"), Language.FR, REFERENTIEL);
        assertThat(all("<(h1)>", dossier)).hasSize(1);
        assertThat(dossier).contains("<title id=\"sign-title\">Panneau d&#39;entrée de ville : VILLE INTERNET 5@</title>");
    }

    @Test
    void a_site_links_the_palmares_to_a_page_per_collectivite(@TempDir Path folder) throws IOException {
        HtmlReports.writeSite(palmares(), Language.FR, REFERENTIEL, folder);

        String index = Files.readString(folder.resolve("index.html"));
        List<String> links = all("<a href=\"(collectivites/[^\"]+)\"", index).stream().distinct().toList();
        assertThat(links).hasSize(palmares().results().size());
        for (String link : links) {
            Path page = folder.resolve(link);
            assertThat(page).exists();
            String html = Files.readString(page);
            assertThat(html).contains("href=\"../index.html\"");
            assertThat(ExternalUrls.in(html)).isEmpty();
        }
        try (Stream<Path> files = Files.list(folder.resolve("collectivites"))) {
            assertThat(files.count()).isEqualTo(palmares().results().size());
        }
        assertThat(index).contains("href=\"palmares-2023.csv\"");
        assertThat(folder.resolve("palmares-2023.csv")).exists();
        assertThat(ExternalUrls.in(index)).isEmpty();
    }

    @Test
    void a_site_writer_writes_each_page_as_its_result_comes_and_renames_the_folder_into_place_at_the_end(
            @TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Palmares palmares = palmares();

        try (HtmlReports.PalmaresWriter writer = HtmlReports.siteWriter(site, palmares.edition(), palmares.catalogue(),
                Language.FR, REFERENTIEL)) {
            for (Result result : palmares.results()) {
                writer.result(result);
                // The page is on disk as soon as its result came, in the folder being built beside the target.
                assertThat(staging(dir)).singleElement()
                        .satisfies(folder -> assertThat(folder.resolve("collectivites/" + result.code() + ".html"))
                                .content().contains("<h1>" + Html.text(result.name()) + "</h1>"));
                assertThat(site).doesNotExist();
            }
            writer.finish(palmares);
        }

        assertThat(staging(dir)).isEmpty();
        assertThat(site.resolve("index.html")).content().contains(Html.text(palmares.results().get(0).name()));
        try (Stream<Path> pages = Files.list(site.resolve("collectivites"))) {
            assertThat(pages).hasSize(palmares.results().size());
        }
        assertThat(site.resolve("palmares-2023.csv")).content().startsWith("\uFEFF" + ResultsCsv.HEADER);
    }

    @Test
    void a_writer_closed_without_finish_leaves_nothing_and_the_previous_site_untouched(@TempDir Path dir)
            throws IOException {
        Path site = dir.resolve("site");
        HtmlReports.writeSite(palmares(), Language.FR, REFERENTIEL, site);
        String before = Files.readString(site.resolve("index.html"));

        try (HtmlReports.PalmaresWriter writer = HtmlReports.siteWriter(site, 2023, palmares().catalogue(),
                Language.EN, REFERENTIEL)) {
            writer.result(palmares().results().get(0));
        }

        assertThat(staging(dir)).isEmpty();
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(before);
    }

    private static List<Path> staging(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void a_single_palmares_file_has_no_links(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("out/palmares.html");
        HtmlReports.writePalmares(palmares(), Language.EN, file);
        String page = Files.readString(file);
        assertThat(page).contains("Key figures").doesNotContain("<a href=\"collectivites/")
                .doesNotContain(".csv\"");
        assertThat(all("<a href=\"([^\"#]+)\"", page)).isEmpty();
    }

    @Test
    void page_file_names_are_safe_and_distinct() {
        List<Result> results = Stream.of("84031", "2A041", "../etc", "a/b", "a_b", "AB", "ab", "")
                .map(code -> sample(code)).toList();
        Map<String, String> files = HtmlReports.pageFiles(results);
        assertThat(files.get("84031")).isEqualTo("84031.html");
        assertThat(files.get("2A041")).isEqualTo("2A041.html");
        assertThat(files.values()).allMatch(name -> name.matches("[A-Za-z0-9_-]+\\.html"));
        assertThat(files.values().stream().map(String::toLowerCase).distinct()).hasSize(results.size());
    }

    private static Result sample(String code) {
        Result any = result("84031");
        return new Result(any.edition(), new Collectivite(code, "X", CollectiviteType.VILLE, null, null, null),
                any.arobases(), any.mentionsEligible(), any.mentions(), any.excellence(), any.measures(),
                any.mosaique(), any.actions(), any.nextLevel(), any.explanations());
    }

    @Test
    void unmet_conditions_describe_themselves_as_shown() {
        Result port = result("13078");
        assertThat(port.nextLevel()).isNotNull();
        List<UnmetCondition> unmet = port.nextLevel().unmet();
        assertThat(unmet).isNotEmpty();
        String page = HtmlReports.dossierPage(port, Language.FR, REFERENTIEL);
        unmet.forEach(c -> assertThat(page).contains(Html.esc(c.describe(Language.FR))));
    }
}
