package fr.label.report;

import fr.label.FigureRule;
import fr.label.Language;
import fr.label.RuleFile;
import fr.label.RuleInfo;
import fr.label.RuleSetDescription;
import fr.label.Threshold;
import fr.label.dossier.CollectiviteType;
import fr.label.result.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The documentation of an edition's rule set, generated from its rule files so that it cannot
 * drift from them: every rule with its description, the thresholds table, the mention catalogue,
 * the jury date, and the source of the rules that state the figures. Markdown or HTML.
 */
public final class RulesDocument {

    /** The letters of the README's table, for the measures it names. */
    private static final Map<String, String> LETTERS = Map.of(
            "eligibleActions", "A", "coveredEnjeux", "E", "strongEnjeux", "S", "coveredCategories", "C",
            "democratieLocaleCovered", "D");
    private static final String LEGEND = "A = eligible actions, E = covered enjeux, S = strong enjeux, "
            + "C = covered catégories, D = démocratie locale covered. Levels are cumulative: a level needs its "
            + "line and those of every level below.";

    private final RuleSetDescription ruleSet;
    private final String source;

    /**
     * @param source where the rules come from, as the document says it ("shipped with the tool", a directory)
     */
    public RulesDocument(RuleSetDescription ruleSet, String source) {
        this.ruleSet = ruleSet;
        this.source = source;
    }

    /** The documentation as Markdown. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        int year = ruleSet.edition();
        md.append("# Rules of edition ").append(year).append(" (").append(Typography.ordinal(year - 1999, Language.EN))
                .append(" palmarès)\n\n");
        md.append("Generated from the rule files themselves (").append(source).append("): ")
                .append(ruleSet.files().size()).append(" files, ").append(ruleSet.rules().size())
                .append(" rules. Jury date: ").append(ruleSet.juryDate()).append(".\n\n");
        md.append("## Arobases thresholds\n\n").append(LEGEND).append("\n\n");
        List<CollectiviteType> types = List.of(CollectiviteType.values());
        md.append("| level |");
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
            md.append("No mention in this edition.\n");
        } else {
            md.append("| code | mention | enjeu | cap |\n|---|---|---|---|\n");
            for (Mention mention : ruleSet.catalogue()) {
                md.append("| `").append(mention.code()).append("` | ").append(mention.label()).append(" (")
                        .append(mention.labelEn()).append(") | `").append(mention.enjeu()).append("` | ")
                        .append(mention.capped() ? String.valueOf(mention.cap()) : "no cap").append(" |\n");
            }
        }
        md.append("\n## The figures, as the rules write them\n\n");
        for (FigureRule figures : ruleSet.figureRules()) {
            md.append("### ").append(figures.name()).append("\n\n`").append(figures.file()).append("`, line ")
                    .append(figures.line()).append("\n\n```\n").append(figures.source()).append("\n```\n\n");
        }
        md.append("## Every rule, by file\n\nRules of higher salience fire first.\n");
        for (Map.Entry<String, List<RuleInfo>> file : byFile().entrySet()) {
            md.append("\n### `").append(file.getKey()).append("`\n\n| rule | salience | what it decides |\n|---|---|---|\n");
            for (RuleInfo rule : file.getValue()) {
                md.append("| ").append(cellText(rule.name())).append(" | ").append(rule.salience()).append(" | ")
                        .append(cellText(rule.description())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** The documentation as one HTML page, every value escaped. */
    public String html() {
        StringBuilder html = new StringBuilder();
        int year = ruleSet.edition();
        String title = "Rules of edition " + year + " (" + Typography.ordinal(year - 1999, Language.EN) + " palmarès)";
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Html.esc(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}\n")
                .append("table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;")
                .append("text-align:left;vertical-align:top}th{background:#f3f3f3}\n")
                .append("pre{background:#f7f7f7;padding:.8rem;overflow-x:auto;font-size:.85rem}code{font-size:.9em}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Html.esc(title)).append("</h1>\n<p>Generated from the rule files themselves (")
                .append(Html.esc(source)).append("): ").append(ruleSet.files().size()).append(" files, ")
                .append(ruleSet.rules().size()).append(" rules. Jury date: <time>")
                .append(ruleSet.juryDate()).append("</time>.</p>\n");
        html.append("<h2 id=\"thresholds\">Arobases thresholds</h2>\n<p>").append(Html.esc(LEGEND)).append("</p>\n");
        html.append("<table id=\"thresholds-table\">\n<tr><th>level</th>");
        for (CollectiviteType type : CollectiviteType.values()) {
            html.append("<th>").append(type.name()).append("</th>");
        }
        html.append("</tr>\n");
        for (int level : levels()) {
            html.append("<tr><th>").append(level).append("@</th>");
            for (CollectiviteType type : CollectiviteType.values()) {
                html.append("<td>").append(Html.esc(cell(type, level))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<h2 id=\"mentions\">Mentions</h2>\n");
        if (ruleSet.catalogue().isEmpty()) {
            html.append("<p>No mention in this edition.</p>\n");
        } else {
            html.append("<table id=\"mentions-table\">\n<tr><th>code</th><th>mention</th><th>enjeu</th><th>cap</th></tr>\n");
            for (Mention mention : ruleSet.catalogue()) {
                html.append("<tr><td><code>").append(Html.esc(mention.code())).append("</code></td><td>")
                        .append(Html.esc(mention.label())).append(" (").append(Html.esc(mention.labelEn())).append(")</td><td><code>")
                        .append(Html.esc(mention.enjeu())).append("</code></td><td>")
                        .append(mention.capped() ? mention.cap() : "no cap").append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<h2 id=\"figures\">The figures, as the rules write them</h2>\n");
        for (FigureRule figures : ruleSet.figureRules()) {
            html.append("<h3>").append(Html.esc(figures.name())).append("</h3>\n<p><code>").append(Html.esc(figures.file()))
                    .append("</code>, line ").append(figures.line()).append("</p>\n<pre><code>")
                    .append(Html.esc(figures.source())).append("</code></pre>\n");
        }
        html.append("<h2 id=\"rules\">Every rule, by file</h2>\n<p>Rules of higher salience fire first.</p>\n");
        for (Map.Entry<String, List<RuleInfo>> file : byFile().entrySet()) {
            html.append("<h3><code>").append(Html.esc(file.getKey())).append("</code></h3>\n<table class=\"rules\">\n")
                    .append("<tr><th>rule</th><th>salience</th><th>what it decides</th></tr>\n");
            for (RuleInfo rule : file.getValue()) {
                html.append("<tr><td>").append(Html.esc(rule.name())).append("</td><td>").append(rule.salience())
                        .append("</td><td>").append(Html.esc(rule.description())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** Level 1 (every dossier) and every level the thresholds name. */
    private List<Integer> levels() {
        TreeSet<Integer> levels = new TreeSet<>();
        levels.add(1);
        ruleSet.thresholds().forEach(t -> levels.add(t.level()));
        return new ArrayList<>(levels);
    }

    /** "E ≥ 3, A ≥ 5" as the README writes a cell; "every dossier" for 1@. */
    private String cell(CollectiviteType type, int level) {
        List<String> conditions = new ArrayList<>();
        for (Threshold threshold : ruleSet.thresholds()) {
            if (threshold.type() == type && threshold.level() == level) {
                String letter = LETTERS.getOrDefault(threshold.measure(), threshold.measure());
                conditions.add(letter.equals("D") && threshold.minimum() == 1 ? "D" : letter + " ≥ " + threshold.minimum());
            }
        }
        if (conditions.isEmpty()) {
            return level == 1 ? "every dossier" : "—";
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
