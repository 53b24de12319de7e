package fr.label.report;

import fr.label.Language;
import fr.label.dossier.Collectivite;
import fr.label.referentiel.Categorie;
import fr.label.referentiel.Enjeu;
import fr.label.referentiel.Referentiel;
import fr.label.result.ActionResult;
import fr.label.result.EnjeuCoverage;
import fr.label.result.Excellence;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Explanation;
import fr.label.result.Mention;
import fr.label.result.NextLevel;
import fr.label.result.Result;
import fr.label.result.Topic;
import fr.label.result.UnmetCondition;
import gg.jte.Content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the dossier page's template ({@code src/main/jte/dossier.jte}) shows of one result:
 * sentences in the page's language, values from the data, and the few fragments drawn in Java
 * (the sign, the badge) as {@link Content}. Nothing is decided here: every state comes from the
 * result.
 */
public final class DossierView {

    private final Result result;
    private final Language language;
    private final Referentiel referentiel;
    private final List<Mention> catalogue;
    private final String backLink;

    DossierView(Result result, Language language, Referentiel referentiel, List<Mention> catalogue, String backLink) {
        this.result = result;
        this.language = language;
        this.referentiel = referentiel;
        this.catalogue = catalogue == null ? List.of() : catalogue;
        this.backLink = backLink;
    }

    /** A measure of the overview: its label, its name in the result, and its value as shown. */
    public record Measure(String label, String name, String shown) {
    }

    /** A catégorie's row of the mosaïque. */
    public record MosaiqueRow(String label, List<Tile> tiles) {
    }

    /** One enjeu of the mosaïque: state is "none", "covered" or "strong". */
    public record Tile(String enjeu, String label, String state, int actions, int services, String counts,
                       String stateText) {
    }

    /** One mention at stake: state is "awarded", "eligible" or "not-eligible"; why, the rules' messages. */
    public record MentionLine(String code, String label, String state, String stateText, List<Content> why) {
    }

    /** One unmet condition of the next level; percent is null for a yes/no condition. */
    public record Check(String measure, int actual, int required, String text, Integer percent) {
    }

    /** One filed action and its decision. */
    public record ActionLine(String id, Content idText, Content title, boolean eligible, String eligibleText,
                             String reason, String reasonText, Content explanation, Content unknownServices) {
    }

    /** A sentence of the pages in the page's language. */
    public String t(Text text, Object... arguments) {
        return text.in(language, arguments);
    }

    /** The page's head: doctype, policy, styles (the frame shared with the palmarès page). */
    public Content head() {
        Collectivite c = result.collectivite();
        StringBuilder out = new StringBuilder(16 * 1024);
        Html.open(out, language, c.name() + " — " + Text.PALMARES_TITLE.in(language, result.edition()), null);
        return fragment(out.toString());
    }

    /** The page's footer, with the rules that made the result. */
    public Content foot() {
        StringBuilder out = new StringBuilder(512);
        Html.close(out, language, null, result.rules());
        return fragment(out.toString());
    }

    /** The address of the palmarès page, or null. */
    public String backLink() {
        return backLink;
    }

    public String kicker() {
        return Text.DOSSIER_KICKER.in(language, result.edition(),
                Typography.ordinalFeminine(result.edition() - 1999, language));
    }

    /** The collectivité's name, isolated when it could turn the text around it. */
    public Content name() {
        return value(result.collectivite().name());
    }

    /** Type, code, département, région and population: each value from the data isolated. */
    public Content identity() {
        Collectivite c = result.collectivite();
        List<String> parts = new ArrayList<>();
        parts.add(Html.esc(capitalize(c.type().label(language))));
        parts.add(Html.esc(Text.CODE.in(language)) + " " + Html.text(c.code()));
        if (c.departement() != null && !c.departement().isBlank()) {
            parts.add(Html.esc(Text.DEPARTEMENT_LONG.in(language)) + " " + Html.text(c.departement()));
        }
        if (c.region() != null && !c.region().isBlank()) {
            parts.add(Html.text(c.region()));
        }
        if (c.population() != null) {
            parts.add(Html.esc(Text.INHABITANTS.in(language, Typography.numberInPage(c.population(), language))));
        }
        return fragment(String.join(" · ", parts));
    }

    /** The sign at the town entrance, drawn in SVG. */
    public Content sign() {
        return fragment(Svg.sign(result.type(), result.arobases(), result.edition(), language));
    }

    /** The level as a badge, e.g. "3@". */
    public Content badge() {
        return fragment(Html.badge(result.arobases(), language));
    }

    public List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        measure(measures, Result.ELIGIBLE_ACTIONS, Text.MEASURE_A, false);
        measure(measures, Result.COVERED_ENJEUX, Text.MEASURE_E, false);
        measure(measures, Result.STRONG_ENJEUX, Text.MEASURE_S, false);
        measure(measures, Result.COVERED_CATEGORIES, Text.MEASURE_C, false);
        measure(measures, Result.DEMOCRATIE_LOCALE_COVERED, Text.MEASURE_D, true);
        for (Map.Entry<String, Integer> other : result.measures().entrySet()) {
            if (!Result.MEASURE_ORDER.contains(other.getKey())) {
                measures.add(new Measure(other.getKey(), other.getKey(), n(other.getValue())));
            }
        }
        return measures;
    }

    private void measure(List<Measure> measures, String name, Text label, boolean yesNo) {
        if (!result.measures().containsKey(name)) {
            return;
        }
        int value = result.measure(name);
        String shown = yesNo ? (value > 0 ? Text.YES : Text.NO).in(language) : n(value);
        measures.add(new Measure(label.in(language), name, shown));
    }

    /** The rules' messages on a topic, each value of the data isolated. */
    public List<Content> why(Topic topic) {
        return messages(result.explanationsOf(topic));
    }

    private List<Content> messages(List<Explanation> explanations) {
        return explanations.stream().map(e -> value(e.message(language))).toList();
    }

    public int mosaiqueSize() {
        return result.mosaique().size();
    }

    /** The rows of the mosaïque, one per catégorie of the référentiel that has tiles. */
    public List<MosaiqueRow> mosaique() {
        Map<String, List<EnjeuCoverage>> byCategorie = byCategorie();
        List<MosaiqueRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<EnjeuCoverage>> row : byCategorie.entrySet()) {
            List<Tile> tiles = new ArrayList<>();
            for (EnjeuCoverage tile : row.getValue()) {
                String state = tile.strong() ? "strong" : tile.covered() ? "covered" : "none";
                Text stateText = tile.strong() ? Text.TILE_STRONG : tile.covered() ? Text.TILE_COVERED : Text.TILE_NONE;
                tiles.add(new Tile(tile.enjeu().code(), tile.enjeu().label(language), state, tile.actions(),
                        tile.services(), Text.count(language, tile.actions(), Text.N_ACTIONS_ONE, Text.N_ACTIONS_MANY)
                        + " · " + Text.count(language, tile.services(), Text.N_SERVICES_ONE, Text.N_SERVICES_MANY),
                        stateText.in(language)));
            }
            rows.add(new MosaiqueRow(categorieLabel(row.getKey()), tiles));
        }
        return rows;
    }

    /** The widest row: the grid's number of columns. */
    public int columns() {
        return byCategorie().values().stream().mapToInt(List::size).max().orElse(4);
    }

    private Map<String, List<EnjeuCoverage>> byCategorie() {
        Map<String, List<EnjeuCoverage>> byCategorie = new LinkedHashMap<>();
        for (Categorie categorie : referentiel.categories()) {
            byCategorie.put(categorie.code(), new ArrayList<>());
        }
        for (EnjeuCoverage tile : result.mosaique()) {
            byCategorie.computeIfAbsent(tile.enjeu().categorie(), code -> new ArrayList<>()).add(tile);
        }
        byCategorie.values().removeIf(List::isEmpty);
        return byCategorie;
    }

    private String categorieLabel(String code) {
        return referentiel.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.label(language)).orElse(code);
    }

    /** The mentions at stake: the edition's catalogue, else those the rules explained or granted. */
    public List<MentionLine> mentions() {
        Map<String, String> labels = new LinkedHashMap<>();
        catalogue.forEach(m -> labels.put(m.code(), m.label(language)));
        result.mentionsEligible().forEach(m -> labels.putIfAbsent(m.code(), m.label(language)));
        result.mentions().forEach(m -> labels.putIfAbsent(m.code(), m.label(language)));
        for (Explanation explanation : result.explanationsOf(Topic.MENTION)) {
            if (explanation.subject() != null) {
                labels.putIfAbsent(explanation.subject(), humanize(explanation.subject()));
            }
        }
        List<MentionLine> lines = new ArrayList<>();
        for (Map.Entry<String, String> mention : labels.entrySet()) {
            String code = mention.getKey();
            boolean awarded = result.hasMention(code);
            boolean eligible = result.isEligibleFor(code);
            String state = awarded ? "awarded" : eligible ? "eligible" : "not-eligible";
            Text stateText = awarded ? Text.MENTION_AWARDED
                    : eligible ? Text.MENTION_ELIGIBLE_NOT_AWARDED : Text.MENTION_NOT_ELIGIBLE;
            lines.add(new MentionLine(code, mention.getValue(), state, stateText.in(language),
                    messages(result.explanationsOf(Topic.MENTION, code))));
        }
        return lines;
    }

    public String excellenceStatus() {
        return result.excellence().status().name();
    }

    public String excellenceTag() {
        return result.excellence().status() == ExcellenceStatus.NONE ? "tag-not-eligible" : "tag-excellence";
    }

    public String excellenceText() {
        return switch (result.excellence().status()) {
            case NONE -> Text.EXCELLENCE_NONE.in(language);
            case AWARDED -> Text.EXCELLENCE_AWARDED_TO.in(language);
            case HOLDER -> Text.EXCELLENCE_HELD_BY.in(language);
        };
    }

    /** Until which palmarès the excellence holds, or null. */
    public String validUntil() {
        Excellence excellence = result.excellence();
        return excellence.validUntil() == null ? null : Text.VALID_UNTIL.in(language, excellence.validUntil());
    }

    /** What the next level needs, or null at 5@. */
    public NextLevel next() {
        return result.nextLevel();
    }

    public List<Check> checklist() {
        List<Check> checks = new ArrayList<>();
        for (UnmetCondition condition : result.nextLevel().unmet()) {
            Integer percent = !condition.yesNo() && condition.required() > 0
                    ? (int) Math.min(100, Math.round(100.0 * condition.actual() / condition.required())) : null;
            checks.add(new Check(condition.measure(), condition.actual(), condition.required(),
                    condition.describe(language), percent));
        }
        return checks;
    }

    /** The enjeux with no counted action, as a sentence, or null when every one is covered. */
    public String uncovered() {
        NextLevel next = result.nextLevel();
        if (next.uncoveredEnjeux().isEmpty()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Enjeu enjeu : next.uncoveredEnjeux()) {
            names.add(enjeu.label(language));
        }
        return Text.UNCOVERED_ENJEUX.in(language, String.join(", ", names));
    }

    public String actionsSummary() {
        List<ActionResult> actions = result.actions();
        long counted = actions.stream().filter(ActionResult::eligible).count();
        return Text.ACTIONS_SUMMARY.in(language, n(counted), n(actions.size()));
    }

    public List<ActionLine> actions() {
        List<ActionLine> lines = new ArrayList<>();
        for (ActionResult action : result.actions()) {
            Explanation own = action.explanations().stream().filter(e -> e.topic() == Topic.ACTION)
                    .findFirst().orElse(null);
            Content unknown = action.unknownServices().isEmpty() ? null
                    : fragment(Text.UNKNOWN_SERVICES.html(language,
                    String.join(", ", action.unknownServices().stream().map(Html::text).toList())));
            lines.add(new ActionLine(action.id(), value(action.id()), value(action.title()), action.eligible(),
                    (action.eligible() ? Text.YES : Text.NO).in(language), action.reason(),
                    action.reason() == null ? null : reason(action.reason()),
                    own == null ? null : value(own.message(language)), unknown));
        }
        return lines;
    }

    private String reason(String code) {
        return switch (code) {
            case ActionResult.DUPLICATE -> Text.REASON_DUPLICATE.in(language);
            case ActionResult.UNKNOWN_SERVICE -> Text.REASON_UNKNOWN_SERVICE.in(language);
            case ActionResult.NOT_STARTED -> Text.REASON_NOT_STARTED.in(language);
            case ActionResult.TOO_OLD -> Text.REASON_TOO_OLD.in(language);
            default -> humanize(code);
        };
    }

    private String n(long value) {
        return Typography.numberInPage(value, language);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String humanize(String code) {
        return code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A value of the data: escaped, and isolated in a {@code <bdi>} when it could turn the text around it. */
    private static Content value(Object value) {
        return fragment(Html.text(value));
    }

    /** HTML made by the project's escaper or drawn in Java: written as it is. */
    static Content fragment(String html) {
        return output -> output.writeContent(html);
    }
}
