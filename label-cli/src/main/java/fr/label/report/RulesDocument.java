package fr.label.report;

import fr.label.FigureRule;
import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.RuleFile;
import fr.label.RuleInfo;
import fr.label.RuleSetDescription;
import fr.label.Threshold;
import fr.label.dossier.CollectiviteType;
import fr.label.result.Mention;
import fr.label.testing.MutantOutcome;
import fr.label.testing.MutationReport;
import fr.label.testing.MutationText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The documentation of an edition's rule set, generated from its rule files so that it cannot
 * drift from them: every rule with its title and description, the thresholds table, the mention
 * catalogue, the jury date, the fingerprint of the rules, and the source of the rules that state
 * the figures. Markdown or HTML, in French or English.
 */
public final class RulesDocument {

    /** The letters of the README's table, for the measures it names. */
    private static final Map<String, String> LETTERS = Map.of(
            "eligibleActions", "A", "coveredEnjeux", "E", "strongEnjeux", "S", "coveredCategories", "C",
            "democratieLocaleCovered", "D");

    private final RuleSetDescription ruleSet;
    private final String source;
    private final Language language;
    /** The mutation run of these rules, or {@code null}: its survivors are shown next to their rule. */
    private final MutationReport mutants;

    /**
     * @param source where the rules come from, as the document says it ("livrées avec l'outil", a directory)
     */
    public RulesDocument(RuleSetDescription ruleSet, String source, Language language) {
        this(ruleSet, source, language, null);
    }

    /**
     * @param source  where the rules come from, as the document says it
     * @param mutants the mutation run of these rules ({@code rules --mutants SCENARIOS}), or {@code null}
     */
    public RulesDocument(RuleSetDescription ruleSet, String source, Language language, MutationReport mutants) {
        this.ruleSet = ruleSet;
        this.source = source;
        this.language = language;
        this.mutants = mutants;
    }

    /** The survivors of the mutation run, by rule name. */
    private Map<String, List<MutantOutcome>> survivorsByRule() {
        Map<String, List<MutantOutcome>> byRule = new LinkedHashMap<>();
        if (mutants != null) {
            for (MutantOutcome survivor : mutants.survivors()) {
                byRule.computeIfAbsent(survivor.mutant().rule(), rule -> new ArrayList<>()).add(survivor);
            }
        }
        return byRule;
    }

    /** "common/thresholds.drl:70 35 → 34: closest ..." for one survivor. */
    private String survivorText(MutantOutcome survivor) {
        List<String> lines = MutationText.survivor(survivor, language);
        return survivor.mutant().where() + "  " + survivor.mutant().change(language) + t(" — ", " — ") + lines.get(1);
    }

    private String t(String french, String english) {
        return language == Language.EN ? english : french;
    }

    private String title() {
        int year = ruleSet.edition();
        return t("Règles de l'édition ", "Rules of edition ") + year + " (" + Typography.ordinal(year - 1999, language)
                + " palmarès)";
    }

    /** "Generated from the rule files themselves (source): 9 files, 37 rules. Jury date: 2022-12-01." */
    private String introduction() {
        return t("Produit à partir des fichiers de règles eux-mêmes (", "Generated from the rule files themselves (")
                + source + t(") : ", "): ") + ruleSet.files().size() + t(" fichiers, ", " files, ")
                + ruleSet.rules().size() + t(" règles. Date du jury : ", " rules. Jury date: ")
                + ruleSet.juryDate() + ".";
    }

    private String fingerprint() {
        return t("Empreinte des règles : ", "Fingerprint of the rules: ") + ruleSet.fingerprint().describe(language)
                + " (" + ruleSet.fingerprint().digest() + ").";
    }

    /** Rule files are code, and the page says so. */
    private String trusted() {
        String limit = String.format(java.util.Locale.ROOT, "%,d", LabelEngine.DEFAULT_MAX_FIRINGS)
                .replace(",", t("\u202f", ","));
        return t("Les fichiers de règles sont du code : le moteur exécute leurs conditions et leurs conséquences "
                        + "comme du Java, n'utilisez que des fichiers de règles de confiance. Chaque dossier peut "
                        + "déclencher au plus " + limit + " règles (--max-firings N) : au-delà, ses règles sont "
                        + "réputées tourner en boucle et l'évaluation s'arrête en nommant la règle la plus déclenchée.",
                "Rule files are code: the engine runs their conditions and consequences as Java, so use only "
                        + "rule files you trust. Each dossier may take at most " + limit + " rule firings "
                        + "(--max-firings N): beyond, its rules are taken to loop and the evaluation stops, naming "
                        + "the rule that fired most.");
    }

    private String legend() {
        return t("A = actions éligibles, E = enjeux couverts, S = enjeux forts, C = catégories couvertes, "
                        + "D = démocratie locale couverte. Les niveaux sont cumulatifs : un niveau demande sa ligne et "
                        + "celles de tous les niveaux en dessous.",
                "A = eligible actions, E = covered enjeux, S = strong enjeux, C = covered catégories, "
                        + "D = démocratie locale covered. Levels are cumulative: a level needs its line and those of "
                        + "every level below.");
    }

    /** The documentation as Markdown. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title()).append("\n\n");
        md.append(introduction()).append("\n\n").append(fingerprint()).append("\n\n").append(trusted()).append("\n\n");
        md.append("## ").append(t("Seuils des arobases", "Arobases thresholds")).append("\n\n").append(legend())
                .append("\n\n");
        List<CollectiviteType> types = List.of(CollectiviteType.values());
        md.append("| ").append(t("niveau", "level")).append(" |");
        types.forEach(t -> md.append(' ').append(t.name()).append(" |"));
        md.append("\n|---|").append("---|".repeat(types.size())).append('\n');
        for (int level : levels()) {
            md.append("| ").append(level).append("@ |");
            for (CollectiviteType type : types) {
                md.append(' ').append(cell(type, level)).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Mentions\n\n");
        if (ruleSet.catalogue().isEmpty()) {
            md.append(t("Aucune mention dans cette édition.", "No mention in this edition.")).append('\n');
        } else {
            md.append(t("| code | mention | enjeu | plafond |", "| code | mention | enjeu | cap |"))
                    .append("\n|---|---|---|---|\n");
            for (Mention mention : ruleSet.catalogue()) {
                md.append("| `").append(mention.code()).append("` | ").append(mention.label(language)).append(" | `")
                        .append(mention.enjeu()).append("` | ").append(cap(mention)).append(" |\n");
            }
        }
        md.append("\n## ").append(t("Les chiffres, tels que les règles les écrivent", "The figures, as the rules write them"))
                .append("\n\n");
        for (FigureRule figures : ruleSet.figureRules()) {
            md.append("### ").append(titleOf(figures.name())).append("\n\n`").append(figures.file()).append("`, ")
                    .append(t("ligne ", "line ")).append(figures.line()).append("\n\n```\n").append(figures.source())
                    .append("\n```\n\n");
        }
        md.append("## ").append(t("Toutes les règles, par fichier", "Every rule, by file")).append('\n');
        Map<String, List<MutantOutcome>> survivors = survivorsByRule();
        if (mutants != null) {
            md.append('\n').append(MutationText.summary(mutants, language)).append('\n');
        }
        for (Map.Entry<String, List<RuleInfo>> file : byFile().entrySet()) {
            md.append("\n### `").append(file.getKey()).append("`\n\n")
                    .append(t("| règle | identifiant | ce qu'elle décide |", "| rule | identifier | what it decides |"))
                    .append(mutants == null ? "" : t(" mutants survivants |", " surviving mutants |"))
                    .append("\n|---|---|---|").append(mutants == null ? "" : "---|").append('\n');
            for (RuleInfo rule : file.getValue()) {
                md.append("| ").append(cellText(rule.title(language))).append(" | `").append(cellText(rule.name()))
                        .append("` | ").append(cellText(rule.description())).append(" |");
                if (mutants != null) {
                    md.append(' ').append(cellText(String.join("; ", survivors.getOrDefault(rule.name(), List.of())
                            .stream().map(this::survivorText).toList()))).append(" |");
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** The documentation as one HTML page, rendered from the template {@code rules.jte}, every value escaped. */
    public String html() {
        return Templates.render("rules.jte", view());
    }

    /** What the HTML page shows: the same sentences and rows as the Markdown. */
    private RulesView view() {
        List<String> types = new ArrayList<>();
        for (CollectiviteType type : CollectiviteType.values()) {
            types.add(type.name());
        }
        List<RulesView.LevelRow> levels = new ArrayList<>();
        for (int level : levels()) {
            List<String> cells = new ArrayList<>();
            for (CollectiviteType type : CollectiviteType.values()) {
                cells.add(cell(type, level));
            }
            levels.add(new RulesView.LevelRow(level, cells));
        }
        List<RulesView.MentionRow> mentions = new ArrayList<>();
        for (Mention mention : ruleSet.catalogue()) {
            mentions.add(new RulesView.MentionRow(mention.code(), mention.label(language), mention.enjeu(), cap(mention)));
        }
        List<RulesView.FigureSource> figures = new ArrayList<>();
        for (FigureRule figure : ruleSet.figureRules()) {
            figures.add(new RulesView.FigureSource(titleOf(figure.name()), figure.file(), figure.line(), figure.source()));
        }
        Map<String, List<MutantOutcome>> survivors = survivorsByRule();
        List<RulesView.RuleFileRows> files = new ArrayList<>();
        for (Map.Entry<String, List<RuleInfo>> file : byFile().entrySet()) {
            List<RulesView.RuleRow> rules = new ArrayList<>();
            for (RuleInfo rule : file.getValue()) {
                rules.add(new RulesView.RuleRow(rule.title(language), rule.name(), rule.description(),
                        survivors.getOrDefault(rule.name(), List.of()).stream().map(this::survivorText).toList()));
            }
            files.add(new RulesView.RuleFileRows(file.getKey(), rules));
        }
        return new RulesView(language, title(), introduction(), ruleSet.fingerprint().digest(), fingerprint(), trusted(),
                legend(), types, levels, mentions, figures,
                mutants == null ? null : MutationText.summary(mutants, language), files);
    }

    private String cap(Mention mention) {
        return mention.capped() ? String.valueOf(mention.cap()) : t("sans plafond", "no cap");
    }

    /** A rule's title in the document's language, or its name when the rule set has no such rule. */
    private String titleOf(String name) {
        return ruleSet.rules().stream().filter(rule -> rule.name().equals(name)).findFirst()
                .map(rule -> rule.title(language)).orElse(name);
    }

    /** Level 1 (every dossier) and every level the thresholds name. */
    private List<Integer> levels() {
        TreeSet<Integer> levels = new TreeSet<>();
        levels.add(1);
        ruleSet.thresholds().forEach(t -> levels.add(t.level()));
        return new ArrayList<>(levels);
    }

    /** "E ≥ 3, A ≥ 5" as the README writes a cell; "tout dossier" (every dossier) for 1@. */
    private String cell(CollectiviteType type, int level) {
        List<String> conditions = new ArrayList<>();
        for (Threshold threshold : ruleSet.thresholds()) {
            if (threshold.type() == type && threshold.level() == level) {
                String letter = LETTERS.getOrDefault(threshold.measure(), threshold.measure());
                conditions.add(letter.equals("D") && threshold.minimum() == 1 ? "D" : letter + " ≥ " + threshold.minimum());
            }
        }
        if (conditions.isEmpty()) {
            return level == 1 ? t("tout dossier", "every dossier") : "—";
        }
        return String.join(", ", conditions);
    }

    private Map<String, List<RuleInfo>> byFile() {
        Map<String, List<RuleInfo>> byFile = new LinkedHashMap<>();
        for (RuleFile file : ruleSet.files()) {
            byFile.put(file.name(), new ArrayList<>());
        }
        for (RuleInfo rule : ruleSet.rules()) {
            byFile.computeIfAbsent(rule.file(), f -> new ArrayList<>()).add(rule);
        }
        byFile.values().removeIf(List::isEmpty);
        return byFile;
    }

    private static String cellText(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
