package fr.label.cli;

import fr.label.LabelEngine;

import fr.label.Language;
import fr.label.dossier.Collectivite;
import fr.label.referentiel.Categorie;
import fr.label.report.Typography;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The result of one dossier, as a person reads it: the sign, the mentions, the mosaïque, what is missing, why. */
final class DossierReport extends Report {

    /** The order explanations are listed in: decisions first, then the actions and warnings. */
    private static final List<Topic> TOPIC_ORDER = List.of(Topic.MOSAIQUE, Topic.AROBASES, Topic.NEXT_LEVEL,
            Topic.MENTION, Topic.EXCELLENCE, Topic.ACTION, Topic.WARNING);
    /** Above this many explanations of one rule about actions, they are summed up. */
    private static final int LISTED_ACTIONS = 3;

    private final LabelEngine edition;

    private DossierReport(LabelEngine edition, Language language) {
        super(language);
        this.edition = edition;
    }

    static String render(Result result, LabelEngine edition, Language language) {
        DossierReport report = new DossierReport(edition, language);
        report.write(result);
        return report.text();
    }

    private void write(Result result) {
        header(result);
        sign(result);
        mentions(result);
        excellence(result);
        mosaique(result);
        counts(result);
        nextLevel(result);
        ineligibleActions(result);
        warnings(result);
        explanations(result);
        rules(result);
    }

    private void header(Result result) {
        Collectivite who = result.collectivite();
        line(who.name());
        List<String> facts = new ArrayList<>();
        String type = PlainText.capitalize(who.type().label(language));
        facts.add(who.population() == null ? type
                : type + t(" de ", " of ") + PlainText.count(who.population(), t("habitant", "inhabitant"),
                        t("habitants", "inhabitants"), language));
        if (who.departement() != null && !who.departement().isBlank()) {
            facts.add(t("département ", "département ") + who.departement());
        }
        if (who.region() != null && !who.region().isBlank()) {
            facts.add(who.region());
        }
        facts.add("code " + who.code());
        line(String.join(" · ", facts));
        String jury = edition.juryDate() == null ? ""
                : t(", jury du ", ", jury of ") + Typography.date(edition.juryDate(), language);
        line(t("Label ", "Label ") + result.edition() + " (" + Typography.ordinal(result.edition() - 1999, language)
                + " palmarès" + jury + ")");
    }

    /** The level drawn like the town sign: the name above, the arobases below. */
    private void sign(Result result) {
        String name = result.name().toUpperCase(Locale.FRENCH);
        String level = "@".repeat(Math.max(0, Math.min(5, result.arobases()))) + " " + result.arobases() + "@";
        int inner = Math.max(PlainText.width(name), PlainText.width(level)) + 4;
        blank();
        line("  ┌" + "─".repeat(inner) + "┐");
        line("  │" + PlainText.center(name, inner) + "│");
        line("  │" + PlainText.center(level, inner) + "│");
        line("  └" + "─".repeat(inner) + "┘");
    }

    private void mentions(Result result) {
        section(t("Mentions", "Mentions"));
        if (edition.catalogue().isEmpty()) {
            line(t("  Aucune mention dans l'édition ", "  No mention in the ") + result.edition()
                    + t(".", " edition."));
            return;
        }
        int labelWidth = edition.catalogue().stream().mapToInt(m -> PlainText.width(m.label(language))).max().orElse(0);
        for (Mention mention : edition.catalogue()) {
            String status;
            String mark;
            if (result.hasMention(mention.code())) {
                mark = "✔";
                status = t("décernée", "awarded");
            } else if (result.isEligibleFor(mention.code())) {
                mark = "◐";
                status = t("éligible, non décernée", "eligible, not awarded");
            } else {
                mark = "·";
                status = t("non éligible", "not eligible");
            }
            line("  " + mark + " " + PlainText.padRight(mention.label(language), labelWidth) + "  " + status);
            for (Explanation why : result.explanationsOf(Topic.MENTION, mention.code())) {
                wrapped(why.message(language), "      ");
            }
        }
    }

    private void excellence(Result result) {
        section(t("Territoire d'excellence numérique", "Territoire d'excellence numérique"));
        Excellence excellence = result.excellence();
        String status = PlainText.capitalize(excellence.status().label(language));
        if (excellence.status() != ExcellenceStatus.NONE && excellence.validUntil() != null) {
            status += t(", valable jusqu'en ", ", valid until ") + excellence.validUntil();
        }
        line("  " + status + ".");
        for (Explanation why : result.explanationsOf(Topic.EXCELLENCE)) {
            wrapped(why.message(language), "    ");
        }
    }

    private void mosaique(Result result) {
        long covered = result.mosaique().stream().filter(EnjeuCoverage::covered).count();
        long strong = result.mosaique().stream().filter(EnjeuCoverage::strong).count();
        section(t("Mosaïque", "Mosaïque"));
        line("  " + t(PlainText.count(covered, "enjeu couvert", "enjeux couverts", language) + " sur "
                        + result.mosaique().size() + ", dont " + PlainText.count(strong, "fort", "forts", language),
                covered + " of " + result.mosaique().size() + " enjeux covered, " + strong + " strong"));
        Map<String, List<EnjeuCoverage>> byCategorie = new LinkedHashMap<>();
        for (EnjeuCoverage tile : result.mosaique()) {
            byCategorie.computeIfAbsent(tile.enjeu().categorie(), c -> new ArrayList<>()).add(tile);
        }
        Table table = Table.of("", Table.Align.LEFT, "actions", Table.Align.RIGHT,
                "services", Table.Align.RIGHT);
        for (Map.Entry<String, List<EnjeuCoverage>> group : byCategorie.entrySet()) {
            table.row(categorieLabel(group.getKey()), "", "");
            for (EnjeuCoverage tile : group.getValue()) {
                String mark = tile.strong() ? "●" : tile.covered() ? "◐" : "○";
                table.row("  " + mark + " " + tile.enjeu().label(language),
                        tile.actions() == 0 ? "·" : tile.actions(), tile.services() == 0 ? "·" : tile.services());
            }
        }
        blank();
        lines(table.lines("  ", true));
        blank();
        line(t("  ● fort   ◐ couvert   ○ non couvert", "  ● strong   ◐ covered   ○ not covered"));
    }

    private String categorieLabel(String code) {
        try {
            Categorie categorie = edition.referentiel().categorie(code);
            return categorie.label(language);
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private void counts(Result result) {
        section(t("Décompte", "Counts"));
        Table table = Table.of("", Table.Align.LEFT, "", Table.Align.RIGHT);
        long eligible = result.actions().stream().filter(ActionResult::eligible).count();
        table.row(t("actions déposées", "actions filed"), result.actions().size());
        for (String measure : orderedMeasures(result)) {
            int value = result.measure(measure);
            switch (measure) {
                case Result.ELIGIBLE_ACTIONS -> table.row(t("actions retenues", "actions counted"), value);
                case Result.COVERED_ENJEUX -> table.row(t("enjeux couverts", "enjeux covered"),
                        value + t(" sur ", " of ") + result.mosaique().size());
                case Result.STRONG_ENJEUX -> table.row(t("enjeux forts", "strong enjeux"), value);
                case Result.COVERED_CATEGORIES -> table.row(t("catégories couvertes", "catégories covered"),
                        value + t(" sur ", " of ") + edition.referentiel().categories().size());
                case Result.DEMOCRATIE_LOCALE_COVERED -> table.row(
                        t("démocratie locale couverte", "démocratie locale covered"),
                        value > 0 ? t("oui", "yes") : t("non", "no"));
                default -> table.row(measure, value);
            }
        }
        if (!result.measures().containsKey(Result.ELIGIBLE_ACTIONS)) {
            table.row(t("actions retenues", "actions counted"), eligible);
        }
        lines(table.lines("  ", false));
    }

    private static List<String> orderedMeasures(Result result) {
        List<String> ordered = new ArrayList<>();
        for (String measure : Result.MEASURE_ORDER) {
            if (result.measures().containsKey(measure)) {
                ordered.add(measure);
            }
        }
        result.measures().keySet().stream().filter(m -> !ordered.contains(m)).sorted().forEach(ordered::add);
        return ordered;
    }

    private void nextLevel(Result result) {
        NextLevel next = result.nextLevel();
        if (next == null) {
            section(t("Niveau suivant", "Next level"));
            line(t("  " + result.arobases() + "@ : le plus haut niveau est atteint.",
                    "  " + result.arobases() + "@: the highest level is reached."));
            return;
        }
        section(t("Pour obtenir ", "To reach ") + next.arobases() + "@");
        for (UnmetCondition unmet : next.unmet()) {
            line("  [ ] " + unmet.describe(language));
        }
        if (!next.uncoveredEnjeux().isEmpty()) {
            blank();
            wrapped(t("Enjeux pas encore couverts : ", "Enjeux not covered yet: ") + next.uncoveredEnjeux().stream()
                    .map(e -> e.label(language)).collect(Collectors.joining(", ")) + ".", "  ");
        }
    }

    private void ineligibleActions(Result result) {
        List<ActionResult> ineligible = result.actions().stream().filter(a -> !a.eligible()).toList();
        section(t("Actions non retenues", "Actions not counted") + colon()
                + ineligible.size() + t(" sur ", " of ") + result.actions().size());
        if (ineligible.isEmpty()) {
            line(t("  Toutes les actions déposées sont retenues.", "  Every filed action counts."));
            return;
        }
        for (ActionResult action : ineligible) {
            String title = action.title() == null || action.title().equals(action.id()) ? ""
                    : " « " + PlainText.cut(action.title(), 50) + " »";
            line("  ✗ " + action.id() + title + " — " + reason(action.reason()));
            for (Explanation why : action.explanations()) {
                if (why.topic() == Topic.ACTION) {
                    wrapped(why.message(language), "      ");
                }
            }
        }
    }

    private String reason(String code) {
        if (code == null) {
            return t("non retenue", "not counted");
        }
        return switch (code) {
            case ActionResult.DUPLICATE -> t("doublon d'une action précédente", "duplicate of an earlier action");
            case ActionResult.UNKNOWN_SERVICE -> t("aucun service du référentiel", "no service of the référentiel");
            case ActionResult.NOT_STARTED -> t("commence après la date du jury", "starts after the jury date");
            case ActionResult.TOO_OLD -> t("terminée depuis trop longtemps", "ended too long ago");
            default -> code.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private void warnings(Result result) {
        List<Explanation> warnings = result.explanationsOf(Topic.WARNING);
        if (warnings.isEmpty()) {
            return;
        }
        section(t("Avertissements", "Warnings"));
        for (Explanation warning : warnings) {
            String subject = warning.subject() == null ? "" : warning.subject() + colon();
            wrapped(subject + warning.message(language), "  ");
        }
    }

    private void explanations(Result result) {
        section(t("Explications : règle, puis message", "Explanations: rule, then message"));
        for (Topic topic : TOPIC_ORDER) {
            List<Explanation> all = result.explanationsOf(topic);
            if (all.isEmpty()) {
                continue;
            }
            blank();
            line("  " + topicLabel(topic));
            if (topic == Topic.ACTION || topic == Topic.WARNING) {
                byRule(all);
            } else {
                for (Explanation why : all) {
                    line("    • " + why.ruleTitle(language));
                    wrapped(why.message(language), "        ");
                }
            }
        }
        List<Explanation> others = result.explanations().stream()
                .filter(e -> !TOPIC_ORDER.contains(e.topic())).toList();
        for (Explanation why : others) {
            line("    • " + why.ruleTitle(language));
            wrapped(why.message(language), "        ");
        }
    }

    /** Which rules made the result, so that a printed result can be traced to them. */
    private void rules(Result result) {
        if (result.rules() == null) {
            return;
        }
        blank();
        line(t("Règles", "Rules") + colon() + result.rules().describe(language));
    }

    /** Explanations about actions, grouped by rule: a long group is summed up with one example. */
    private void byRule(List<Explanation> explanations) {
        Map<String, List<Explanation>> byRule = new LinkedHashMap<>();
        for (Explanation why : explanations) {
            byRule.computeIfAbsent(why.rule(), r -> new ArrayList<>()).add(why);
        }
        for (Map.Entry<String, List<Explanation>> group : byRule.entrySet()) {
            List<Explanation> whys = group.getValue();
            String title = whys.get(0).ruleTitle(language);
            if (whys.size() <= LISTED_ACTIONS) {
                line("    • " + title);
                for (Explanation why : whys) {
                    wrapped(subject(why) + why.message(language), "        ");
                }
            } else {
                List<String> subjects = whys.stream().map(Explanation::subject).toList();
                String listed = String.join(", ", subjects.subList(0, LISTED_ACTIONS)) + ", …";
                line("    • " + title + " — " + PlainText.count(whys.size(), "action", "actions", language)
                        + " (" + listed + ")");
                wrapped(t("par exemple ", "for example ") + subject(whys.get(0)) + whys.get(0).message(language),
                        "        ");
            }
        }
    }

    private String subject(Explanation why) {
        return why.subject() == null ? "" : why.subject() + colon();
    }

    private String topicLabel(Topic topic) {
        return switch (topic) {
            case ACTION -> t("Actions", "Actions");
            case WARNING -> t("Avertissements", "Warnings");
            case MOSAIQUE -> t("Mosaïque", "Mosaïque");
            case AROBASES -> t("Arobases", "Arobases");
            case NEXT_LEVEL -> t("Niveau suivant", "Next level");
            case MENTION -> t("Mentions", "Mentions");
            case EXCELLENCE -> t("Territoire d'excellence numérique", "Territoire d'excellence numérique");
        };
    }
}
