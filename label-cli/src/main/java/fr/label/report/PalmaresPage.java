package fr.label.report;

import fr.label.Language;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.InputProblem;
import fr.label.dossier.Rejection;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.PalmaresSummary;
import fr.label.result.Result;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fr.label.report.Html.esc;

/**
 * The palmarès page. Every figure comes from the {@link PalmaresSummary}; each one carries a
 * {@code data-figure} attribute naming it, so that tests (and curious readers) can check it.
 */
final class PalmaresPage {

    private final Palmares palmares;
    private final PalmaresSummary summary;
    private final Language language;
    private final Function<Result, String> link;
    private final String csvLink;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    PalmaresPage(Palmares palmares, Language language, Function<Result, String> link, String csvLink) {
        this.palmares = palmares;
        this.summary = palmares.summary();
        this.language = language;
        this.link = link;
        this.csvLink = csvLink;
    }

    String render() {
        String script = Html.resource("palmares.js");
        String title = Text.PALMARES_TITLE.in(language, palmares.edition());
        Html.open(out, language, title + " — " + Text.LABEL_NAME.in(language), script);
        Html.banner(out, language, Text.LABEL_NAME.in(language), title,
                Text.PALMARES_SUBTITLE.in(language, Typography.ordinalFeminine(palmares.editionNumber(), language)));
        out.append("<main id=\"main\" class=\"wrap\">\n");
        keyFigures();
        levels();
        out.append("<div class=\"columns\">\n");
        regions();
        mentions();
        out.append("</div>\n");
        excellence();
        collectivites();
        rejections();
        out.append("</main>\n");
        Html.close(out, language, script, palmares.rules());
        return out.toString();
    }

    static String typePlural(CollectiviteType type, Language language) {
        return switch (type) {
            case VILLAGE -> Text.TYPE_PLURAL_VILLAGE.in(language);
            case VILLE -> Text.TYPE_PLURAL_VILLE.in(language);
            case INTERCOMMUNALITE -> Text.TYPE_PLURAL_INTERCOMMUNALITE.in(language);
        };
    }

    private String n(long value) {
        return Typography.numberInPage(value, language);
    }

    /** A figure: a big number, named by {@code key}, and what it counts. */
    private void figure(String key, long value, String label, String extraClass) {
        out.append("<div class=\"figure").append(extraClass == null ? "" : " " + extraClass).append("\">")
                .append("<span class=\"figure-value\" data-figure=\"").append(esc(key)).append("\">")
                .append(n(value)).append("</span>")
                .append("<span class=\"figure-label\">").append(esc(label)).append("</span></div>\n");
    }

    private void keyFigures() {
        out.append("<section class=\"block\" aria-labelledby=\"h-figures\">\n<h2 id=\"h-figures\">")
                .append(esc(Text.KEY_FIGURES.in(language))).append("</h2>\n<div class=\"figure-groups\">\n");
        group(Text.GROUP_PARTICIPANTS, "figure-group-wide");
        figure("participants", summary.participants(), Text.PARTICIPANTS.in(language), "figure-main");
        for (CollectiviteType type : CollectiviteType.values()) {
            figure("type-" + type.name(), summary.byType().getOrDefault(type, 0), typePlural(type, language), null);
        }
        if (summary.rejected() > 0) {
            figure("rejected", summary.rejected(), Text.REJECTED.in(language), "figure-warning");
        }
        out.append("</div></div>\n");
        group(Text.GROUP_DISTINCTIONS, null);
        figure("mentions-awarded", summary.mentionsAwardedInAll(), Text.MENTIONS_AWARDED.in(language), null);
        figure("excellence-awarded", summary.excellenceAwarded(), Text.EXCELLENCE_AWARDED.in(language), null);
        figure("excellence-holders", summary.excellenceHolders(), Text.EXCELLENCE_HOLDERS.in(language), null);
        out.append("</div></div>\n");
        group(Text.ACTIONS, null);
        figure("actions-filed", summary.actionsFiled(), Text.ACTIONS_FILED.in(language), null);
        figure("actions-eligible", summary.actionsEligible(), Text.ACTIONS_ELIGIBLE.in(language), null);
        out.append("</div></div>\n</div>\n");
        if (csvLink != null) {
            out.append("<p class=\"download\"><a href=\"").append(esc(csvLink)).append("\" download>")
                    .append(esc(Text.CSV_LINK.in(language))).append("</a></p>\n");
        }
        out.append("</section>\n");
    }

    private void group(Text title, String extraClass) {
        out.append("<div class=\"figure-group").append(extraClass == null ? "" : " " + extraClass).append("\"><h3>")
                .append(esc(title.in(language))).append("</h3><div class=\"figures\">\n");
    }

    private void levels() {
        Map<Integer, Map<CollectiviteType, Integer>> byArobases = summary.byArobases();
        out.append("<section class=\"block\" aria-labelledby=\"h-levels\">\n<h2 id=\"h-levels\">")
                .append(esc(Text.LEVELS.in(language))).append("</h2>\n");
        out.append("<ul class=\"legend\">");
        for (CollectiviteType type : CollectiviteType.values()) {
            out.append("<li><span class=\"swatch\" style=\"background:").append(Svg.TYPE_COLOURS.get(type))
                    .append("\"></span>").append(esc(typePlural(type, language))).append("</li>");
        }
        out.append("</ul>\n<div class=\"levels-layout\"><figure class=\"chart-box\">")
                .append(Svg.levelsChart(byArobases, language)).append("</figure>\n");
        out.append("<div class=\"table-scroll\"><table class=\"data levels\" id=\"levels-table\">\n<caption>")
                .append(esc(Text.LEVELS_TABLE_CAPTION.in(language))).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(esc(Text.LEVEL.in(language))).append("</th>");
        for (CollectiviteType type : CollectiviteType.values()) {
            out.append("<th scope=\"col\" class=\"num\">").append(esc(typePlural(type, language))).append("</th>");
        }
        out.append("<th scope=\"col\" class=\"num\">").append(esc(Text.TOTAL.in(language))).append("</th></tr></thead>\n<tbody>\n");
        for (int level = 5; level >= 1; level--) {
            out.append("<tr><th scope=\"row\">").append(Html.badge(level, language)).append("</th>");
            Map<CollectiviteType, Integer> counts = byArobases.getOrDefault(level, Map.of());
            for (CollectiviteType type : CollectiviteType.values()) {
                out.append("<td class=\"num\" data-figure=\"level-").append(level).append('-').append(type.name())
                        .append("\">").append(n(counts.getOrDefault(type, 0))).append("</td>");
            }
            out.append("<td class=\"num total\" data-figure=\"level-").append(level).append("\">")
                    .append(n(summary.atArobases(level))).append("</td></tr>\n");
        }
        out.append("</tbody>\n<tfoot><tr><th scope=\"row\">").append(esc(Text.TOTAL.in(language))).append("</th>");
        for (CollectiviteType type : CollectiviteType.values()) {
            out.append("<td class=\"num\">").append(n(summary.byType().getOrDefault(type, 0))).append("</td>");
        }
        out.append("<td class=\"num total\">").append(n(summary.participants())).append("</td></tr></tfoot>\n")
                .append("</table></div>\n</div>\n</section>\n");
    }

    private void regions() {
        Map<String, Integer> byRegion = summary.byRegion();
        int max = byRegion.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        out.append("<section class=\"block\" aria-labelledby=\"h-regions\">\n<h2 id=\"h-regions\">")
                .append(esc(Text.BY_REGION.in(language))).append("</h2>\n")
                .append("<table class=\"data regions\">\n<thead><tr><th scope=\"col\">")
                .append(esc(Text.REGION.in(language))).append("</th><th scope=\"col\" class=\"num\">")
                .append(esc(Text.COUNT.in(language))).append("</th></tr></thead>\n<tbody>\n");
        // Most participants first; the figures are the summary's, only their order is chosen here.
        Collator collator = Collator.getInstance(java.util.Locale.FRENCH);
        List<Map.Entry<String, Integer>> regions = byRegion.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(
                                e -> PalmaresSummary.UNKNOWN_REGION.equals(e.getKey()) ? 1 : 0)
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey, collator))
                .toList();
        for (Map.Entry<String, Integer> entry : regions) {
            String name = PalmaresSummary.UNKNOWN_REGION.equals(entry.getKey())
                    ? Text.REGION_UNKNOWN.in(language) : entry.getKey();
            int percent = Math.max(2, Math.round(100f * entry.getValue() / Math.max(1, max)));
            out.append("<tr><th scope=\"row\">").append(Html.text(name)).append("</th>")
                    .append("<td class=\"num\"><span class=\"hbar\" aria-hidden=\"true\"><span style=\"width:")
                    .append(percent).append("%\"></span></span><span data-figure=\"region\" data-key=\"")
                    .append(esc(entry.getKey())).append("\">").append(n(entry.getValue())).append("</span></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void mentions() {
        out.append("<section class=\"block\" aria-labelledby=\"h-mentions\">\n<h2 id=\"h-mentions\">")
                .append(esc(Text.MENTIONS.in(language))).append("</h2>\n");
        List<Mention> catalogue = palmares.catalogue();
        if (catalogue.isEmpty() && summary.mentionsAwarded().isEmpty()) {
            out.append("<p class=\"muted\">").append(esc(Text.NO_MENTION_IN_EDITION.in(language))).append("</p>\n</section>\n");
            return;
        }
        Map<String, String> labels = new HashMap<>();
        catalogue.forEach(m -> labels.put(m.code(), m.label(language)));
        out.append("<table class=\"data mentions\">\n<thead><tr><th scope=\"col\">").append(esc(Text.MENTION.in(language)))
                .append("</th><th scope=\"col\" class=\"num\">").append(esc(Text.AWARDED.in(language)))
                .append("</th><th scope=\"col\" class=\"num\">").append(esc(Text.ELIGIBLE.in(language)))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Integer> entry : summary.mentionsAwarded().entrySet()) {
            String code = entry.getKey();
            out.append("<tr><th scope=\"row\">").append(esc(labels.getOrDefault(code, code))).append("</th>")
                    .append("<td class=\"num\" data-figure=\"mention-awarded-").append(esc(code)).append("\">")
                    .append(n(entry.getValue())).append("</td>")
                    .append("<td class=\"num\" data-figure=\"mention-eligible-").append(esc(code)).append("\">")
                    .append(n(summary.mentionsEligible().getOrDefault(code, 0))).append("</td></tr>\n");
        }
        out.append("</tbody>\n<tfoot><tr><th scope=\"row\">").append(esc(Text.TOTAL.in(language)))
                .append("</th><td class=\"num\">").append(n(summary.mentionsAwardedInAll()))
                .append("</td><td></td></tr></tfoot>\n</table>\n</section>\n");
    }

    private void excellence() {
        out.append("<section class=\"block\" aria-labelledby=\"h-excellence\">\n<h2 id=\"h-excellence\">")
                .append(esc(Text.EXCELLENCE.in(language))).append("</h2>\n");
        List<Result> awarded = byName(palmares.results().stream()
                .filter(r -> r.excellence().status() == ExcellenceStatus.AWARDED).toList());
        List<Result> holders = byName(palmares.results().stream()
                .filter(r -> r.excellence().status() == ExcellenceStatus.HOLDER).toList());
        if (awarded.isEmpty() && holders.isEmpty()) {
            out.append("<p class=\"muted\">").append(esc(Text.EXCELLENCE_NOT_IN_EDITION.in(language))).append("</p>\n");
        } else {
            out.append("<div class=\"excellence-lists\">\n");
            excellenceList(Text.EXCELLENCE_AWARDED_TO.in(language), summary.excellenceAwarded(), awarded, "awarded");
            excellenceList(Text.EXCELLENCE_HELD_BY.in(language), summary.excellenceHolders(), holders, "holders");
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    private void excellenceList(String heading, int count, List<Result> results, String key) {
        out.append("<div class=\"excellence-list\"><h3>").append(esc(heading)).append(" <span class=\"count\">(")
                .append(n(count)).append(")</span></h3>");
        if (results.isEmpty()) {
            out.append("<p class=\"muted\">").append(esc(Text.NONE_DASH.in(language))).append("</p>");
        } else {
            out.append("<ul class=\"names\" data-list=\"excellence-").append(key).append("\">");
            for (Result result : results) {
                out.append("<li>").append(nameLink(result)).append(" <span class=\"muted\">(")
                        .append(esc(Text.VALID_UNTIL.in(language, result.excellence().validUntil()))).append(")</span></li>");
            }
            out.append("</ul>");
        }
        out.append("</div>\n");
    }

    private String nameLink(Result result) {
        String href = link == null ? null : link.apply(result);
        return href == null ? Html.text(result.name())
                : "<a href=\"" + esc(href) + "\">" + Html.text(result.name()) + "</a>";
    }

    private static Comparator<Result> nameOrder() {
        Collator collator = Collator.getInstance(java.util.Locale.FRENCH);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing(Result::name, collator).thenComparing(Result::code);
    }

    private static List<Result> byName(List<Result> results) {
        return results.stream().sorted(nameOrder()).toList();
    }

    /** The palmarès order: level, highest first, then name. */
    static List<Result> palmaresOrder(List<Result> results) {
        return results.stream()
                .sorted(Comparator.comparingInt(Result::arobases).reversed().thenComparing(nameOrder())).toList();
    }

    private void collectivites() {
        List<Result> results = palmares.results();
        List<Result> named = byName(results);
        Map<String, Integer> nameRank = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            nameRank.put(named.get(i).code(), i);
        }
        String total = n(results.size());
        Text shownText = language == Language.EN ? (results.size() == 1 ? Text.SHOWN_COUNT_ONE : Text.SHOWN_COUNT_MANY)
                : (results.size() <= 1 ? Text.SHOWN_COUNT_ONE : Text.SHOWN_COUNT_MANY);
        out.append("<section class=\"block\" aria-labelledby=\"h-collectivites\">\n<h2 id=\"h-collectivites\">")
                .append(esc(Text.COLLECTIVITES.in(language))).append("</h2>\n")
                .append("<div class=\"search\" id=\"search-box\" role=\"search\" hidden><label for=\"search\">")
                .append(esc(Text.SEARCH_LABEL.in(language))).append("</label>")
                .append("<input type=\"search\" id=\"search\" autocomplete=\"off\" spellcheck=\"false\">")
                .append("<p class=\"hint\">").append(esc(Text.SORT_HINT.in(language))).append("</p></div>\n")
                .append("<p id=\"shown-count\" class=\"shown-count\" aria-live=\"polite\" data-total=\"")
                .append(esc(total)).append("\" data-one=\"").append(esc(Text.SHOWN_COUNT_ONE.in(language)))
                .append("\" data-many=\"").append(esc(Text.SHOWN_COUNT_MANY.in(language)))
                .append("\">").append(esc(shownText.in(language, total, total))).append("</p>\n")
                .append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"h-collectivites\" tabindex=\"0\">")
                .append("<table class=\"data collectivites\" id=\"collectivites\">\n<caption>")
                .append(esc(Text.TABLE_CAPTION.in(language, palmares.edition()))).append("</caption>\n<thead><tr>")
                .append("<th scope=\"col\" data-sort=\"name\">").append(esc(Text.COLLECTIVITE.in(language))).append("</th>")
                .append("<th scope=\"col\">").append(esc(Text.TYPE.in(language))).append("</th>")
                .append("<th scope=\"col\"><abbr title=\"").append(esc(Text.DEPARTEMENT_LONG.in(language))).append("\">")
                .append(esc(Text.DEPARTEMENT.in(language))).append("</abbr></th>")
                .append("<th scope=\"col\">").append(esc(Text.REGION.in(language))).append("</th>")
                .append("<th scope=\"col\" data-sort=\"level\" aria-sort=\"descending\">").append(esc(Text.LEVEL.in(language))).append("</th>")
                .append("<th scope=\"col\">").append(esc(Text.MENTIONS.in(language))).append("</th>")
                .append("<th scope=\"col\">").append(esc(Text.EXCELLENCE_SHORT.in(language))).append("</th>")
                .append("<th scope=\"col\" class=\"num\">").append(esc(Text.ELIGIBLE_ACTIONS_SHORT.in(language))).append("</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (Result result : palmaresOrder(results)) {
            var c = result.collectivite();
            String search = Html.fold(String.join(" ", result.name(), result.code(),
                    c.departement() == null ? "" : c.departement(), c.region() == null ? "" : c.region(),
                    result.type().label(language)));
            out.append("<tr data-code=\"").append(esc(result.code())).append("\" data-level=\"").append(result.arobases())
                    .append("\" data-name-rank=\"").append(nameRank.get(result.code())).append("\" data-search=\"")
                    .append(esc(search)).append("\">")
                    .append("<th scope=\"row\" class=\"name\">").append(nameLink(result))
                    .append("<span class=\"code\">").append(Html.text(result.code())).append("</span></th>")
                    .append("<td>").append(esc(result.type().label(language))).append("</td>")
                    .append("<td>").append(Html.text(c.departement())).append("</td>")
                    .append("<td>").append(Html.text(c.region())).append("</td>")
                    .append("<td class=\"level\">").append(Html.badge(result.arobases(), language)).append("</td>")
                    .append("<td>").append(esc(result.mentions().stream().map(m -> m.label(language))
                            .collect(Collectors.joining(", ")))).append("</td>")
                    .append("<td>").append(result.excellence().status() == ExcellenceStatus.NONE ? ""
                            : "<span class=\"tag tag-excellence\">" + esc(result.excellence().status().label(language))
                            + "</span>").append("</td>")
                    .append("<td class=\"num\">").append(n(result.eligibleActions())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n<p id=\"no-match\" class=\"no-match\" hidden>")
                .append(esc(Text.NO_MATCH.in(language))).append("</p>\n</section>\n");
    }

    private void rejections() {
        List<Rejection> rejections = palmares.rejections();
        if (rejections.isEmpty()) {
            return;
        }
        out.append("<section class=\"block\" aria-labelledby=\"h-rejections\">\n<h2 id=\"h-rejections\">")
                .append(esc(Text.REJECTIONS.in(language))).append("</h2>\n<p>")
                .append(esc(Text.REJECTIONS_INTRO.in(language))).append("</p>\n<ul class=\"rejections\">\n");
        for (Rejection rejection : rejections) {
            List<String> who = new ArrayList<>();
            who.add(esc(Text.DOSSIER_INDEX.in(language, rejection.index())));
            if (rejection.name() != null) {
                who.add(Html.text(rejection.name()));
            }
            if (rejection.code() != null) {
                who.add(Html.text(rejection.code()));
            }
            out.append("<li><strong>").append(String.join(" · ", who)).append("</strong><ul>");
            for (InputProblem problem : rejection.problems()) {
                out.append("<li><code>").append(Html.text(problem.path())).append("</code> ").append(Html.text(problem.message()))
                        .append("</li>");
            }
            out.append("</ul></li>\n");
        }
        out.append("</ul>\n</section>\n");
    }
}
