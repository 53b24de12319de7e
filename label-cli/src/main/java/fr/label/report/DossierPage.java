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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.label.report.Html.esc;

/** The page of one collectivité: its sign, measures, mosaïque, mentions, excellence, next level and actions. */
final class DossierPage {

    private final Result result;
    private final Language language;
    private final Referentiel referentiel;
    private final List<Mention> catalogue;
    private final String backLink;
    private final StringBuilder out = new StringBuilder(32 * 1024);

    DossierPage(Result result, Language language, Referentiel referentiel, List<Mention> catalogue, String backLink) {
        this.result = result;
        this.language = language;
        this.referentiel = referentiel;
        this.catalogue = catalogue == null ? List.of() : catalogue;
        this.backLink = backLink;
    }

    String render() {
        Collectivite c = result.collectivite();
        String title = c.name() + " — " + Text.PALMARES_TITLE.in(language, result.edition());
        Html.open(out, language, title, null);
        out.append("<header class=\"banner\"><div class=\"wrap\">");
        if (backLink != null) {
            out.append("<p class=\"back\"><a href=\"").append(esc(backLink)).append("\">")
                    .append(esc(Text.BACK.in(language))).append("</a></p>");
        }
        out.append("<p class=\"kicker\">").append(esc(Text.DOSSIER_KICKER.in(language, result.edition(),
                        Typography.ordinalFeminine(result.edition() - 1999, language)))).append("</p>")
                .append("<h1>").append(Html.text(c.name())).append("</h1>")
                .append("<p class=\"subtitle\">").append(identity(c)).append("</p>")
                .append("</div></header>\n<main id=\"main\" class=\"wrap\">\n");
        overview();
        mosaique();
        out.append("<div class=\"columns\">\n");
        mentions();
        excellence();
        out.append("</div>\n");
        nextLevel();
        actions();
        out.append("</main>\n");
        Html.close(out, language, null, result.rules());
        return out.toString();
    }

    /** Type, code, département, région and population, as HTML: each value from the data isolated. */
    private String identity(Collectivite c) {
        List<String> parts = new ArrayList<>();
        parts.add(esc(capitalize(c.type().label(language))));
        parts.add(esc(Text.CODE.in(language)) + " " + Html.text(c.code()));
        if (c.departement() != null && !c.departement().isBlank()) {
            parts.add(esc(Text.DEPARTEMENT_LONG.in(language)) + " " + Html.text(c.departement()));
        }
        if (c.region() != null && !c.region().isBlank()) {
            parts.add(Html.text(c.region()));
        }
        if (c.population() != null) {
            parts.add(esc(Text.INHABITANTS.in(language, Typography.numberInPage(c.population(), language))));
        }
        return String.join(" · ", parts);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String n(long value) {
        return Typography.numberInPage(value, language);
    }

    private void overview() {
        out.append("<section class=\"block overview\" aria-labelledby=\"h-level\">\n<div class=\"sign-box\">")
                .append(Svg.sign(result.type(), result.arobases(), result.edition(), language))
                .append("</div>\n<div class=\"overview-text\"><h2 id=\"h-level\">")
                .append(esc(Text.LEVEL_RESULT.in(language))).append(' ')
                .append(Html.badge(result.arobases(), language)).append("</h2>\n");
        out.append("<dl class=\"measures\">");
        measure(Result.ELIGIBLE_ACTIONS, Text.MEASURE_A, false);
        measure(Result.COVERED_ENJEUX, Text.MEASURE_E, false);
        measure(Result.STRONG_ENJEUX, Text.MEASURE_S, false);
        measure(Result.COVERED_CATEGORIES, Text.MEASURE_C, false);
        measure(Result.DEMOCRATIE_LOCALE_COVERED, Text.MEASURE_D, true);
        for (Map.Entry<String, Integer> other : result.measures().entrySet()) {
            if (!Result.MEASURE_ORDER.contains(other.getKey())) {
                out.append("<div><dt>").append(esc(other.getKey())).append("</dt><dd data-measure=\"")
                        .append(esc(other.getKey())).append("\">").append(n(other.getValue())).append("</dd></div>");
            }
        }
        out.append("</dl>\n");
        List<Explanation> why = result.explanationsOf(Topic.AROBASES);
        if (!why.isEmpty()) {
            out.append("<h3>").append(esc(Text.WHY_LEVEL.in(language))).append("</h3><ul class=\"why\">");
            for (Explanation explanation : why) {
                out.append("<li>").append(Html.text(explanation.message(language))).append("</li>");
            }
            out.append("</ul>\n");
        }
        out.append("</div>\n</section>\n");
    }

    private void measure(String name, Text label, boolean yesNo) {
        if (!result.measures().containsKey(name)) {
            return;
        }
        int value = result.measure(name);
        String shown = yesNo ? (value > 0 ? Text.YES : Text.NO).in(language) : n(value);
        out.append("<div><dt>").append(esc(label.in(language))).append("</dt><dd data-measure=\"").append(esc(name))
                .append("\">").append(esc(shown)).append("</dd></div>");
    }

    private void mosaique() {
        Map<String, List<EnjeuCoverage>> byCategorie = new LinkedHashMap<>();
        for (Categorie categorie : referentiel.categories()) {
            byCategorie.put(categorie.code(), new ArrayList<>());
        }
        for (EnjeuCoverage tile : result.mosaique()) {
            byCategorie.computeIfAbsent(tile.enjeu().categorie(), code -> new ArrayList<>()).add(tile);
        }
        byCategorie.values().removeIf(List::isEmpty);
        int columns = byCategorie.values().stream().mapToInt(List::size).max().orElse(4);
        out.append("<section class=\"block\" aria-labelledby=\"h-mosaique\">\n<h2 id=\"h-mosaique\">")
                .append(esc(Text.MOSAIQUE.in(language))).append("</h2>\n<p class=\"intro\">")
                .append(esc(Text.MOSAIQUE_INTRO.in(language, result.mosaique().size()))).append("</p>\n")
                .append("<ul class=\"legend\">")
                .append("<li><span class=\"swatch tile-none\"></span>").append(esc(Text.TILE_NONE.in(language))).append("</li>")
                .append("<li><span class=\"swatch tile-covered\"></span>").append(esc(Text.TILE_COVERED.in(language))).append("</li>")
                .append("<li><span class=\"swatch tile-strong\"></span>").append(esc(Text.TILE_STRONG.in(language))).append("</li>")
                .append("</ul>\n<div class=\"mosaique\" style=\"--columns:").append(columns).append("\">\n");
        for (Map.Entry<String, List<EnjeuCoverage>> row : byCategorie.entrySet()) {
            String categorieLabel = categorieLabel(row.getKey());
            out.append("<div class=\"mosaique-row\"><h3 class=\"categorie\">").append(esc(categorieLabel))
                    .append("</h3><ul class=\"tiles\">");
            for (EnjeuCoverage tile : row.getValue()) {
                String state = tile.strong() ? "strong" : tile.covered() ? "covered" : "none";
                Text stateText = tile.strong() ? Text.TILE_STRONG : tile.covered() ? Text.TILE_COVERED : Text.TILE_NONE;
                out.append("<li class=\"tile tile-").append(state).append("\" data-enjeu=\"")
                        .append(esc(tile.enjeu().code())).append("\" data-state=\"").append(state)
                        .append("\" data-actions=\"").append(tile.actions()).append("\" data-services=\"")
                        .append(tile.services()).append("\">")
                        .append("<span class=\"tile-name\">").append(esc(tile.enjeu().label(language))).append("</span>")
                        .append("<span class=\"tile-counts\">")
                        .append(esc(Text.count(language, tile.actions(), Text.N_ACTIONS_ONE, Text.N_ACTIONS_MANY)
                                + " · " + Text.count(language, tile.services(), Text.N_SERVICES_ONE, Text.N_SERVICES_MANY)))
                        .append("</span><span class=\"tile-state\">").append(esc(stateText.in(language)))
                        .append("</span></li>");
            }
            out.append("</ul></div>\n");
        }
        out.append("</div>\n");
        List<Explanation> why = result.explanationsOf(Topic.MOSAIQUE);
        for (Explanation explanation : why) {
            out.append("<p class=\"muted mosaique-why\">").append(Html.text(explanation.message(language))).append("</p>\n");
        }
        out.append("</section>\n");
    }

    private String categorieLabel(String code) {
        return referentiel.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.label(language)).orElse(code);
    }

    private void mentions() {
        // The mentions at stake: the edition's catalogue, else those the rules explained or granted.
        Map<String, String> labels = new LinkedHashMap<>();
        catalogue.forEach(m -> labels.put(m.code(), m.label(language)));
        result.mentionsEligible().forEach(m -> labels.putIfAbsent(m.code(), m.label(language)));
        result.mentions().forEach(m -> labels.putIfAbsent(m.code(), m.label(language)));
        for (Explanation explanation : result.explanationsOf(Topic.MENTION)) {
            if (explanation.subject() != null) {
                labels.putIfAbsent(explanation.subject(), humanize(explanation.subject()));
            }
        }
        out.append("<section class=\"block\" aria-labelledby=\"h-mentions\">\n<h2 id=\"h-mentions\">")
                .append(esc(Text.MENTIONS_OF_DOSSIER.in(language))).append("</h2>\n");
        if (labels.isEmpty()) {
            out.append("<p class=\"muted\">").append(esc(Text.NO_MENTION_FOR_DOSSIER.in(language))).append("</p>\n</section>\n");
            return;
        }
        out.append("<ul class=\"mentions-list\">\n");
        for (Map.Entry<String, String> mention : labels.entrySet()) {
            String code = mention.getKey();
            boolean awarded = result.hasMention(code);
            boolean eligible = result.isEligibleFor(code);
            String state = awarded ? "awarded" : eligible ? "eligible" : "not-eligible";
            Text stateText = awarded ? Text.MENTION_AWARDED
                    : eligible ? Text.MENTION_ELIGIBLE_NOT_AWARDED : Text.MENTION_NOT_ELIGIBLE;
            out.append("<li class=\"mention mention-").append(state).append("\" data-mention=\"").append(esc(code))
                    .append("\" data-state=\"").append(state).append("\"><span class=\"mention-name\">")
                    .append(esc(mention.getValue())).append("</span> <span class=\"tag tag-").append(state).append("\">")
                    .append(esc(stateText.in(language))).append("</span>");
            List<Explanation> why = result.explanationsOf(Topic.MENTION, code);
            if (!why.isEmpty()) {
                out.append("<ul class=\"why\">");
                for (Explanation explanation : why) {
                    out.append("<li>").append(Html.text(explanation.message(language))).append("</li>");
                }
                out.append("</ul>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static String humanize(String code) {
        return code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private void excellence() {
        Excellence excellence = result.excellence();
        out.append("<section class=\"block\" aria-labelledby=\"h-excellence\">\n<h2 id=\"h-excellence\">")
                .append(esc(Text.EXCELLENCE.in(language))).append("</h2>\n<p class=\"excellence-status\" data-excellence=\"")
                .append(excellence.status().name()).append("\"><span class=\"tag ")
                .append(excellence.status() == ExcellenceStatus.NONE ? "tag-not-eligible" : "tag-excellence").append("\">")
                .append(esc(switch (excellence.status()) {
                    case NONE -> Text.EXCELLENCE_NONE.in(language);
                    case AWARDED -> Text.EXCELLENCE_AWARDED_TO.in(language);
                    case HOLDER -> Text.EXCELLENCE_HELD_BY.in(language);
                })).append("</span>");
        if (excellence.validUntil() != null) {
            out.append(" ").append(esc(Text.VALID_UNTIL.in(language, excellence.validUntil())));
        }
        out.append("</p>\n");
        List<Explanation> why = result.explanationsOf(Topic.EXCELLENCE);
        if (!why.isEmpty()) {
            out.append("<ul class=\"why\">");
            for (Explanation explanation : why) {
                out.append("<li>").append(Html.text(explanation.message(language))).append("</li>");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private void nextLevel() {
        NextLevel next = result.nextLevel();
        out.append("<section class=\"block next-level\" aria-labelledby=\"h-next\">\n");
        if (next == null) {
            out.append("<h2 id=\"h-next\">").append(esc(Text.TOP_LEVEL.in(language))).append("</h2>\n<p>")
                    .append(esc(Text.TOP_LEVEL_TEXT.in(language))).append("</p>\n</section>\n");
            return;
        }
        out.append("<h2 id=\"h-next\">").append(esc(Text.NEXT_LEVEL.in(language, next.arobases()))).append("</h2>\n<p>")
                .append(esc(Text.NEXT_LEVEL_INTRO.in(language, next.arobases()))).append("</p>\n<ul class=\"checklist\">\n");
        for (UnmetCondition condition : next.unmet()) {
            out.append("<li data-measure=\"").append(esc(condition.measure())).append("\" data-actual=\"")
                    .append(condition.actual()).append("\" data-required=\"").append(condition.required()).append("\">")
                    .append("<span class=\"box\" aria-hidden=\"true\"></span><span class=\"item\">")
                    .append(esc(condition.describe(language))).append("</span>");
            if (!condition.yesNo() && condition.required() > 0) {
                int percent = (int) Math.min(100, Math.round(100.0 * condition.actual() / condition.required()));
                out.append("<span class=\"progress\" aria-hidden=\"true\"><span style=\"width:").append(percent)
                        .append("%\"></span></span>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
        if (!next.uncoveredEnjeux().isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            for (Enjeu enjeu : next.uncoveredEnjeux()) {
                names.add(enjeu.label(language));
            }
            out.append("<p class=\"uncovered\">").append(esc(Text.UNCOVERED_ENJEUX.in(language, String.join(", ", names))))
                    .append("</p>\n");
        }
        out.append("</section>\n");
    }

    private void actions() {
        List<ActionResult> actions = result.actions();
        long counted = actions.stream().filter(ActionResult::eligible).count();
        out.append("<section class=\"block\" aria-labelledby=\"h-actions\">\n<h2 id=\"h-actions\">")
                .append(esc(Text.ACTIONS_OF_DOSSIER.in(language))).append("</h2>\n");
        if (actions.isEmpty()) {
            out.append("<p class=\"muted\">").append(esc(Text.NO_ACTION.in(language))).append("</p>\n</section>\n");
            return;
        }
        out.append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"h-actions\" tabindex=\"0\">")
                .append("<table class=\"data actions\" id=\"actions\">\n<caption>")
                .append(esc(Text.ACTIONS_SUMMARY.in(language, n(counted), n(actions.size()))))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(Text.ACTION_ID.in(language)))
                .append("</th><th scope=\"col\">").append(esc(Text.ACTION_TITLE.in(language)))
                .append("</th><th scope=\"col\">").append(esc(Text.ACTION_COUNTED.in(language)))
                .append("</th><th scope=\"col\">").append(esc(Text.ACTION_REASON.in(language)))
                .append("</th></tr></thead>\n<tbody>\n");
        for (ActionResult action : actions) {
            Explanation own = action.explanations().stream().filter(e -> e.topic() == Topic.ACTION)
                    .findFirst().orElse(null);
            out.append("<tr class=\"").append(action.eligible() ? "counted" : "not-counted").append("\" data-action=\"")
                    .append(esc(action.id())).append("\" data-eligible=\"").append(action.eligible()).append("\">")
                    .append("<td class=\"mono\">").append(Html.text(action.id())).append("</td>")
                    .append("<th scope=\"row\">").append(Html.text(action.title())).append("</th>")
                    .append("<td><span class=\"tag ").append(action.eligible() ? "tag-awarded" : "tag-not-eligible")
                    .append("\">").append(esc((action.eligible() ? Text.YES : Text.NO).in(language)))
                    .append("</span></td><td>");
            if (action.reason() != null) {
                out.append("<strong class=\"reason\" data-reason=\"").append(esc(action.reason())).append("\">")
                        .append(esc(reason(action.reason()))).append("</strong> ");
            }
            if (own != null) {
                out.append("<span class=\"why-inline\">").append(Html.text(own.message(language))).append("</span>");
            }
            if (!action.unknownServices().isEmpty()) {
                out.append("<span class=\"warning\">").append(Text.UNKNOWN_SERVICES.html(language,
                        String.join(", ", action.unknownServices().stream().map(Html::text).toList())))
                        .append("</span>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n</section>\n");
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
}
