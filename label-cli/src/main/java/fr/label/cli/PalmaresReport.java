package fr.label.cli;

import fr.label.LabelEngine;

import fr.label.Language;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.InputProblem;
import fr.label.dossier.Rejection;
import fr.label.report.Typography;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.PalmaresSummary;
import fr.label.result.Result;
import fr.label.result.Topic;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The palmarès of an edition, as the association would publish it, with its figures. */
final class PalmaresReport extends Report {

    private static final int BAR = 30;

    private final LabelEngine edition;
    private final Collator collator = Collator.getInstance(Locale.FRENCH);

    private PalmaresReport(LabelEngine edition, Language language) {
        super(language);
        this.edition = edition;
        collator.setStrength(Collator.SECONDARY);
    }

    /**
     * What the palmarès shows of a result: who, the level, the mentions, the excellence and its
     * explanation; without the actions, the mosaïque and the other explanations, so that an edition
     * of every commune of France fits in a small memory.
     */
    static Result shownOf(Result result) {
        return new Result(result.edition(), result.collectivite(), result.arobases(), result.mentionsEligible(),
                result.mentions(), result.excellence(), result.measures(), List.of(), List.of(), null,
                result.explanationsOf(Topic.EXCELLENCE), result.rules());
    }

    static String render(Palmares palmares, LabelEngine edition, Language language) {
        PalmaresReport report = new PalmaresReport(edition, language);
        report.write(palmares);
        return report.text();
    }

    private void write(Palmares palmares) {
        PalmaresSummary summary = palmares.summary();
        title(palmares);
        participants(summary);
        levels(summary);
        mentions(palmares);
        excellence(palmares);
        actions(summary);
        regions(summary);
        rejections(palmares);
        laureates(palmares);
    }

    private void title(Palmares palmares) {
        String number = Typography.ordinal(palmares.editionNumber(), language);
        String title = t(number + " palmarès du Label national Territoires, Villes et Villages Internet (",
                number + " palmarès of the Label national Territoires, Villes et Villages Internet (")
                + palmares.edition() + ")";
        line(title);
        line("═".repeat(PlainText.width(title)));
        List<String> facts = new ArrayList<>();
        if (edition.juryDate() != null) {
            facts.add(t("Jury du ", "Jury of ") + Typography.date(edition.juryDate(), language));
        }
        facts.add(PlainText.count(palmares.summary().participants(), t("collectivité labellisée", "labelled collectivité"),
                t("collectivités labellisées", "labelled collectivités"), language));
        if (!palmares.rejections().isEmpty()) {
            facts.add(PlainText.count(palmares.rejections().size(), t("dossier rejeté", "dossier rejected"),
                    t("dossiers rejetés", "dossiers rejected"), language));
        }
        line(String.join(" · ", facts));
        if (palmares.rules() != null) {
            // Which rules made this palmarès, so that a published one can be traced to them.
            line(t("Règles", "Rules") + colon() + palmares.rules().describe(language));
        }
    }

    private String typeName(CollectiviteType type, long count) {
        String singular = type.label(language);
        String plural = singular.endsWith("s") ? singular
                : singular.endsWith("y") ? singular.substring(0, singular.length() - 1) + "ies" : singular + "s";
        return PlainText.count(count, singular, plural, language);
    }

    private void participants(PalmaresSummary summary) {
        section(t("Participants", "Participants"));
        String byType = summary.byType().entrySet().stream()
                .map(e -> typeName(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        line("  " + PlainText.count(summary.participants(), "collectivité", "collectivités", language)
                + colon() + byType);
    }

    private void levels(PalmaresSummary summary) {
        section(t("Résultats par niveau", "Results by level"));
        List<Object> columns = new ArrayList<>(List.of("", Table.Align.LEFT));
        for (CollectiviteType type : CollectiviteType.values()) {
            columns.add(type.label(language));
            columns.add(Table.Align.RIGHT);
        }
        columns.addAll(List.of("total", Table.Align.RIGHT, "", Table.Align.LEFT));
        Table table = Table.of(columns.toArray());
        int most = 0;
        for (int level = 5; level >= 1; level--) {
            most = Math.max(most, summary.atArobases(level));
        }
        for (int level = 5; level >= 1; level--) {
            Map<CollectiviteType, Integer> counts = summary.byArobases().getOrDefault(level, Map.of());
            List<Object> row = new ArrayList<>();
            row.add(level + "@");
            for (CollectiviteType type : CollectiviteType.values()) {
                row.add(Typography.number(counts.getOrDefault(type, 0), language));
            }
            row.add(Typography.number(summary.atArobases(level), language));
            row.add(PlainText.bar(summary.atArobases(level), most, BAR));
            table.row(row.toArray());
        }
        List<Object> total = new ArrayList<>();
        total.add("total");
        for (CollectiviteType type : CollectiviteType.values()) {
            total.add(Typography.number(summary.byType().getOrDefault(type, 0), language));
        }
        total.add(Typography.number(summary.participants(), language));
        total.add("");
        table.row(total.toArray());
        lines(table.lines("  ", true));
    }

    private void mentions(Palmares palmares) {
        PalmaresSummary summary = palmares.summary();
        section(t("Mentions décernées", "Mentions awarded") + colon() + summary.mentionsAwardedInAll());
        if (palmares.catalogue().isEmpty()) {
            line(t("  Aucune mention dans l'édition ", "  No mention in the ") + palmares.edition()
                    + t(".", " edition."));
            return;
        }
        int labelWidth = palmares.catalogue().stream().mapToInt(m -> PlainText.width(m.label(language))).max().orElse(0);
        for (Mention mention : palmares.catalogue()) {
            int awarded = summary.mentionsAwarded().getOrDefault(mention.code(), 0);
            int eligible = summary.mentionsEligible().getOrDefault(mention.code(), 0);
            Integer cap = mention.cap();
            String capText = cap == null ? t("sans plafond", "no cap") : t("plafond ", "cap ") + cap;
            line("  " + PlainText.padRight(mention.label(language), labelWidth) + PlainText.padLeft(String.valueOf(awarded), 5)
                    + " " + (awarded > 1 ? t("décernées", "awarded") : t("décernée", "awarded"))
                    + " (" + capText + ", " + PlainText.count(eligible, t("dossier éligible", "eligible dossier"),
                    t("dossiers éligibles", "eligible dossiers"), language) + ")");
            List<String> names = palmares.results().stream().filter(r -> r.hasMention(mention.code()))
                    .map(Result::name).sorted(collator).toList();
            if (!names.isEmpty()) {
                wrapped(String.join(", ", names), "      ");
            }
        }
    }

    private void excellence(Palmares palmares) {
        PalmaresSummary summary = palmares.summary();
        section(t("Territoires d'excellence numérique", "Territoires d'excellence numérique"));
        List<String> why = palmares.results().stream()
                .flatMap(r -> r.explanationsOf(Topic.EXCELLENCE).stream())
                .map(e -> e.message(language)).distinct().limit(2).toList();
        if (why.size() == 1 && summary.excellenceAwarded() + summary.excellenceHolders() == 0) {
            // Every dossier got the same word from the rules, e.g. "not awarded in the 2020 edition".
            wrapped(why.get(0), "  ");
            return;
        }
        line("  " + t("décernés cette année", "awarded this year") + colon() + summary.excellenceAwarded());
        List<String> names = palmares.results().stream()
                .filter(r -> r.excellence().status() == ExcellenceStatus.AWARDED)
                .map(Result::name).sorted(collator).toList();
        if (!names.isEmpty()) {
            wrapped(String.join(", ", names), "      ");
        }
        line("  " + t("déjà détenteurs, encore valides", "holders from an earlier edition, still valid") + colon()
                + summary.excellenceHolders());
        line("  " + t("en tout parmi les participants", "in all among the participants") + colon()
                + (summary.excellenceAwarded() + summary.excellenceHolders()));
    }

    private void actions(PalmaresSummary summary) {
        section(t("Actions", "Actions"));
        String share = summary.actionsFiled() == 0 ? ""
                : " (" + Math.round(100.0 * summary.actionsEligible() / summary.actionsFiled()) + " %)";
        line("  " + PlainText.count(summary.actionsFiled(), t("action déposée", "action filed"),
                t("actions déposées", "actions filed"), language) + ", "
                + PlainText.count(summary.actionsEligible(), t("retenue", "counted"), t("retenues", "counted"), language)
                + share);
        if (summary.participants() > 0) {
            line("  " + t("en moyenne ", "on average ")
                    + Math.round((double) summary.actionsEligible() / summary.participants())
                    + t(" actions retenues par collectivité", " counted actions per collectivité"));
        }
    }

    private void regions(PalmaresSummary summary) {
        section(t("Participants par région", "Participants by région"));
        int most = summary.byRegion().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Table table = Table.of("", Table.Align.LEFT, "", Table.Align.RIGHT, "", Table.Align.LEFT);
        summary.byRegion().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry::getKey, collator))
                .forEach(e -> table.row(regionName(e.getKey()), Typography.number(e.getValue(), language),
                        PlainText.bar(e.getValue(), most, BAR)));
        lines(table.lines("  ", false));
    }

    private String regionName(String region) {
        return region.equals(PalmaresSummary.UNKNOWN_REGION) ? t(region, "(not given)") : region;
    }

    private void rejections(Palmares palmares) {
        if (palmares.rejections().isEmpty()) {
            return;
        }
        section(t("Dossiers rejetés", "Rejected dossiers") + colon() + palmares.rejections().size());
        for (Rejection rejection : palmares.rejections()) {
            String who = rejection.name() == null || rejection.name().isBlank() ? t("(sans nom)", "(no name)")
                    : rejection.name();
            if (rejection.code() != null && !rejection.code().isBlank()) {
                who += " (" + rejection.code() + ")";
            }
            line("  dossiers[" + rejection.index() + "] " + who);
            for (InputProblem problem : rejection.problems()) {
                wrapped(problem.path() + colon() + problem.message(), "      ");
            }
        }
    }

    private void laureates(Palmares palmares) {
        section(t("Collectivités labellisées", "Labelled collectivités"));
        Map<Integer, Table> tables = new java.util.TreeMap<>(Comparator.reverseOrder());
        int[] widths = new int[0];
        for (int level = 5; level >= 1; level--) {
            int at = level;
            // Collation keys, computed once per name: comparing names with the collator itself made
            // sorting a national palmarès take a second.
            List<Result> results = palmares.results().stream().filter(r -> r.arobases() == at)
                    .map(r -> Map.entry(collator.getCollationKey(r.name()), r))
                    .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
            if (results.isEmpty()) {
                continue;
            }
            Table table = Table.of("", Table.Align.LEFT, "", Table.Align.LEFT, "", Table.Align.LEFT,
                    "", Table.Align.LEFT);
            for (Result result : results) {
                String departement = result.collectivite().departement() == null ? ""
                        : result.collectivite().departement();
                table.row(PlainText.cut(result.name(), 40), result.type().label(language), departement,
                        distinctions(result));
            }
            tables.put(level, table);
            widths = table.widths(false, widths);
        }
        for (Map.Entry<Integer, Table> level : tables.entrySet()) {
            int count = level.getValue().size();
            blank();
            line("  " + "@".repeat(level.getKey()) + " " + level.getKey() + "@ — "
                    + PlainText.count(count, "collectivité", "collectivités", language));
            lines(level.getValue().lines("    ", false, widths));
        }
        // Levels above 5 or below 1 can only come from a custom rule set: list them too.
        List<Result> others = palmares.results().stream().filter(r -> r.arobases() < 1 || r.arobases() > 5).toList();
        if (!others.isEmpty()) {
            blank();
            line("  " + t("Autres niveaux", "Other levels"));
            for (Result result : others) {
                line("    " + result.name() + " — " + result.arobases() + "@");
            }
        }
    }

    private String distinctions(Result result) {
        List<String> parts = new ArrayList<>();
        for (Mention mention : result.mentions()) {
            parts.add(mention.label(language));
        }
        if (result.excellence().status() == ExcellenceStatus.AWARDED) {
            parts.add(t("★ territoire d'excellence (décerné)", "★ territoire d'excellence (awarded)"));
        } else if (result.excellence().status() == ExcellenceStatus.HOLDER) {
            parts.add(t("☆ territoire d'excellence (détenu)", "☆ territoire d'excellence (held)"));
        }
        return String.join(", ", parts);
    }
}
