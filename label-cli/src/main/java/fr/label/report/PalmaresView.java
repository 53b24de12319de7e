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
import gg.jte.Content;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the palmarès page's template ({@code src/main/jte/palmares.jte}) shows. Every figure
 * comes from the {@link PalmaresSummary}; only the order of rows is chosen here.
 */
public final class PalmaresView {

    private final Palmares palmares;
    private final PalmaresSummary summary;
    private final Language language;
    private final Function<Result, String> link;
    private final String csvLink;
    private final String script = Html.resource("palmares.js");

    PalmaresView(Palmares palmares, Language language, Function<Result, String> link, String csvLink) {
        this.palmares = palmares;
        this.summary = palmares.summary();
        this.language = language;
        this.link = link;
        this.csvLink = csvLink;
    }

    /** A key figure: its name (data-figure), its value as shown, what it counts, and an extra class or null. */
    public record Figure(String key, String value, String label, String extraClass) {
    }

    /** A group of key figures. */
    public record FigureGroup(String title, String extraClass, List<Figure> figures) {
    }

    /** A row of the levels table: the badge, the counts by type (named), the total. */
    public record LevelRow(int level, Content badge, List<Figure> counts, String total) {
    }

    /** A région: its name (isolated), its key in the summary, the bar's width and its count. */
    public record RegionRow(Content name, String key, int percent, String count) {
    }

    /** A mention of the edition: its code, label, awarded and eligible counts. */
    public record MentionRow(String code, String label, String awarded, String eligible) {
    }

    /** A list of excellence: heading, count, key, and each collectivité with its validity. */
    public record ExcellenceList(String heading, String count, String key, List<ExcellenceName> names) {
    }

    /** One collectivité of an excellence list. */
    public record ExcellenceName(Content name, String validUntil) {
    }

    /** A row of the collectivités table. */
    public record CollectiviteRow(String code, int level, int nameRank, String search, Content name, Content codeText,
                                  String type, Content departement, Content region, Content badge, String mentions,
                                  String excellence, String eligibleActions) {
    }

    /** A rejected dossier: who (index, name, code) and each problem. */
    public record RejectionItem(Content who, List<ProblemItem> problems) {
    }

    /** One problem of a rejected dossier. */
    public record ProblemItem(Content path, Content message) {
    }

    /** A sentence of the pages in the page's language. */
    public String t(Text text, Object... arguments) {
        return text.in(language, arguments);
    }

    public Content head() {
        StringBuilder out = new StringBuilder(16 * 1024);
        String title = Text.PALMARES_TITLE.in(language, palmares.edition());
        Html.open(out, language, title + " — " + Text.LABEL_NAME.in(language), script);
        Html.banner(out, language, Text.LABEL_NAME.in(language), title,
                Text.PALMARES_SUBTITLE.in(language, Typography.ordinalFeminine(palmares.editionNumber(), language)));
        return DossierView.fragment(out.toString());
    }

    public Content foot() {
        StringBuilder out = new StringBuilder(4 * 1024);
        Html.close(out, language, script, palmares.rules());
        return DossierView.fragment(out.toString());
    }

    public List<FigureGroup> figureGroups() {
        List<Figure> participants = new ArrayList<>();
        participants.add(new Figure("participants", n(summary.participants()), Text.PARTICIPANTS.in(language),
                "figure-main"));
        for (CollectiviteType type : CollectiviteType.values()) {
            participants.add(new Figure("type-" + type.name(), n(summary.byType().getOrDefault(type, 0)),
                    PalmaresPage.typePlural(type, language), null));
        }
        if (summary.rejected() > 0) {
            participants.add(new Figure("rejected", n(summary.rejected()), Text.REJECTED.in(language),
                    "figure-warning"));
        }
        return List.of(
                new FigureGroup(Text.GROUP_PARTICIPANTS.in(language), "figure-group-wide", participants),
                new FigureGroup(Text.GROUP_DISTINCTIONS.in(language), null, List.of(
                        new Figure("mentions-awarded", n(summary.mentionsAwardedInAll()),
                                Text.MENTIONS_AWARDED.in(language), null),
                        new Figure("excellence-awarded", n(summary.excellenceAwarded()),
                                Text.EXCELLENCE_AWARDED.in(language), null),
                        new Figure("excellence-holders", n(summary.excellenceHolders()),
                                Text.EXCELLENCE_HOLDERS.in(language), null))),
                new FigureGroup(Text.ACTIONS.in(language), null, List.of(
                        new Figure("actions-filed", n(summary.actionsFiled()), Text.ACTIONS_FILED.in(language), null),
                        new Figure("actions-eligible", n(summary.actionsEligible()), Text.ACTIONS_ELIGIBLE.in(language),
                                null))));
    }

    /** The results' CSV beside the page (a site), or null. */
    public String csvLink() {
        return csvLink;
    }

    /** The legend of the types, with their colours (constants of the chart). */
    public Content typeLegend() {
        StringBuilder out = new StringBuilder();
        for (CollectiviteType type : CollectiviteType.values()) {
            out.append("<li><span class=\"swatch\" style=\"background:").append(Svg.TYPE_COLOURS.get(type))
                    .append("\"></span>").append(Html.esc(PalmaresPage.typePlural(type, language))).append("</li>");
        }
        return DossierView.fragment(out.toString());
    }

    public Content levelsChart() {
        return DossierView.fragment(Svg.levelsChart(summary.byArobases(), language));
    }

    public List<String> typeNames() {
        List<String> names = new ArrayList<>();
        for (CollectiviteType type : CollectiviteType.values()) {
            names.add(PalmaresPage.typePlural(type, language));
        }
        return names;
    }

    public List<LevelRow> levelRows() {
        Map<Integer, Map<CollectiviteType, Integer>> byArobases = summary.byArobases();
        List<LevelRow> rows = new ArrayList<>();
        for (int level = 5; level >= 1; level--) {
            Map<CollectiviteType, Integer> counts = byArobases.getOrDefault(level, Map.of());
            List<Figure> figures = new ArrayList<>();
            for (CollectiviteType type : CollectiviteType.values()) {
                figures.add(new Figure("level-" + level + "-" + type.name(), n(counts.getOrDefault(type, 0)), null, null));
            }
            rows.add(new LevelRow(level, DossierView.fragment(Html.badge(level, language)), figures,
                    n(summary.atArobases(level))));
        }
        return rows;
    }

    public List<String> typeTotals() {
        List<String> totals = new ArrayList<>();
        for (CollectiviteType type : CollectiviteType.values()) {
            totals.add(n(summary.byType().getOrDefault(type, 0)));
        }
        return totals;
    }

    public String participants() {
        return n(summary.participants());
    }

    /** Most participants first; the figures are the summary's, only their order is chosen here. */
    public List<RegionRow> regions() {
        Map<String, Integer> byRegion = summary.byRegion();
        int max = byRegion.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Collator collator = Collator.getInstance(java.util.Locale.FRENCH);
        List<RegionRow> rows = new ArrayList<>();
        byRegion.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(
                                e -> PalmaresSummary.UNKNOWN_REGION.equals(e.getKey()) ? 1 : 0)
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey, collator))
                .forEach(entry -> {
                    String name = PalmaresSummary.UNKNOWN_REGION.equals(entry.getKey())
                            ? Text.REGION_UNKNOWN.in(language) : entry.getKey();
                    int percent = Math.max(2, Math.round(100f * entry.getValue() / Math.max(1, max)));
                    rows.add(new RegionRow(DossierView.fragment(Html.text(name)), entry.getKey(), percent,
                            n(entry.getValue())));
                });
        return rows;
    }

    /** Whether the edition has mentions to show. */
    public boolean hasMentions() {
        return !(palmares.catalogue().isEmpty() && summary.mentionsAwarded().isEmpty());
    }

    public List<MentionRow> mentionRows() {
        Map<String, String> labels = new HashMap<>();
        palmares.catalogue().forEach((Mention m) -> labels.put(m.code(), m.label(language)));
        List<MentionRow> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : summary.mentionsAwarded().entrySet()) {
            String code = entry.getKey();
            rows.add(new MentionRow(code, labels.getOrDefault(code, code), n(entry.getValue()),
                    n(summary.mentionsEligible().getOrDefault(code, 0))));
        }
        return rows;
    }

    public String mentionsAwardedInAll() {
        return n(summary.mentionsAwardedInAll());
    }

    /** The two lists of excellence, or an empty list when the edition has neither. */
    public List<ExcellenceList> excellenceLists() {
        List<Result> awarded = byName(palmares.results().stream()
                .filter(r -> r.excellence().status() == ExcellenceStatus.AWARDED).toList());
        List<Result> holders = byName(palmares.results().stream()
                .filter(r -> r.excellence().status() == ExcellenceStatus.HOLDER).toList());
        if (awarded.isEmpty() && holders.isEmpty()) {
            return List.of();
        }
        return List.of(
                excellenceList(Text.EXCELLENCE_AWARDED_TO.in(language), summary.excellenceAwarded(), awarded, "awarded"),
                excellenceList(Text.EXCELLENCE_HELD_BY.in(language), summary.excellenceHolders(), holders, "holders"));
    }

    private ExcellenceList excellenceList(String heading, int count, List<Result> results, String key) {
        List<ExcellenceName> names = new ArrayList<>();
        for (Result result : results) {
            names.add(new ExcellenceName(nameLink(result),
                    Text.VALID_UNTIL.in(language, result.excellence().validUntil())));
        }
        return new ExcellenceList(heading, n(count), key, names);
    }

    private Content nameLink(Result result) {
        String href = link == null ? null : link.apply(result);
        return DossierView.fragment(href == null ? Html.text(result.name())
                : "<a href=\"" + Html.esc(href) + "\">" + Html.text(result.name()) + "</a>");
    }

    private static List<Result> byName(List<Result> results) {
        return results.stream().sorted(PalmaresPage.nameOrder()).toList();
    }

    public String total() {
        return n(palmares.results().size());
    }

    /** "N collectivités shown of N", in the number the count takes. */
    public String shownCount() {
        int size = palmares.results().size();
        Text shownText = language == Language.EN ? (size == 1 ? Text.SHOWN_COUNT_ONE : Text.SHOWN_COUNT_MANY)
                : (size <= 1 ? Text.SHOWN_COUNT_ONE : Text.SHOWN_COUNT_MANY);
        return shownText.in(language, total(), total());
    }

    public int edition() {
        return palmares.edition();
    }

    /** The collectivités in palmarès order: level, highest first, then name. */
    public List<CollectiviteRow> collectivites() {
        List<Result> results = palmares.results();
        List<Result> named = byName(results);
        Map<String, Integer> nameRank = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            nameRank.put(named.get(i).code(), i);
        }
        List<CollectiviteRow> rows = new ArrayList<>();
        for (Result result : PalmaresPage.palmaresOrder(results)) {
            var c = result.collectivite();
            String search = Html.fold(String.join(" ", result.name(), result.code(),
                    c.departement() == null ? "" : c.departement(), c.region() == null ? "" : c.region(),
                    result.type().label(language)));
            rows.add(new CollectiviteRow(result.code(), result.arobases(), nameRank.get(result.code()), search,
                    nameLink(result), DossierView.fragment(Html.text(result.code())), result.type().label(language),
                    DossierView.fragment(Html.text(c.departement())), DossierView.fragment(Html.text(c.region())),
                    DossierView.fragment(Html.badge(result.arobases(), language)),
                    result.mentions().stream().map(m -> m.label(language)).collect(Collectors.joining(", ")),
                    result.excellence().status() == ExcellenceStatus.NONE ? null
                            : result.excellence().status().label(language),
                    n(result.eligibleActions())));
        }
        return rows;
    }

    public List<RejectionItem> rejections() {
        List<RejectionItem> items = new ArrayList<>();
        for (Rejection rejection : palmares.rejections()) {
            List<String> who = new ArrayList<>();
            who.add(Html.esc(Text.DOSSIER_INDEX.in(language, rejection.index())));
            if (rejection.name() != null) {
                who.add(Html.text(rejection.name()));
            }
            if (rejection.code() != null) {
                who.add(Html.text(rejection.code()));
            }
            List<ProblemItem> problems = new ArrayList<>();
            for (InputProblem problem : rejection.problems()) {
                problems.add(new ProblemItem(DossierView.fragment(Html.text(problem.path())),
                        DossierView.fragment(Html.text(problem.message()))));
            }
            items.add(new RejectionItem(DossierView.fragment(String.join(" · ", who)), problems));
        }
        return items;
    }

    private String n(long value) {
        return Typography.numberInPage(value, language);
    }
}
