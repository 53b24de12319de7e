package fr.label.rules.check;

import fr.label.RuleDiagnostics;
import fr.label.RuleProblem;
import fr.label.RuleWarning;
import fr.label.Threshold;
import fr.label.dossier.CollectiviteType;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.ThresholdLines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Checks the arobases table as its rules wrote it, each finding at the line of the figure.
 * Errors: a measure no rule computes, a line without its type or measure, a level outside 2 to
 * 5, a negative minimum, the same type, level and measure twice, a type with no line, a level
 * with no line below a level that has some. Warning: a level asking less than the level below
 * on the same measure (levels are cumulative, so the lower figure wins).
 */
final class ThresholdTable {

    private static final int LOWEST = 2;
    private static final int HIGHEST = 5;

    private final RuleSet ruleSet;
    private final List<Threshold> thresholds;
    private final List<ThresholdLines.Line> lines;

    private ThresholdTable(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.thresholds = ruleSet.thresholds();
        this.lines = ThresholdLines.of(ruleSet.files(), thresholds);
    }

    static ThresholdTable of(RuleSet ruleSet) {
        return new ThresholdTable(ruleSet);
    }

    List<RuleProblem> errors() {
        List<RuleProblem> errors = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < thresholds.size(); i++) {
            Threshold threshold = thresholds.get(i);
            ThresholdLines.Line at = lines.get(i);
            if (threshold.type() == null || threshold.measure() == null || threshold.measure().isBlank()) {
                errors.add(RuleDiagnostics.problem(at.file(), at.line(), at.column(), "table.incomplete"));
                continue;
            }
            String what = describe(threshold);
            if (threshold.level() < LOWEST || threshold.level() > HIGHEST) {
                errors.add(RuleDiagnostics.problem(at.file(), at.line(), at.column(), "table.level", what,
                        threshold.level()));
            }
            if (threshold.minimum() < 0) {
                errors.add(RuleDiagnostics.problem(at.file(), at.line(), at.minimumColumn(), "table.negative", what,
                        threshold.minimum()));
            }
            String key = threshold.type() + "\u0000" + threshold.level() + "\u0000" + threshold.measure();
            Integer earlier = firstLine.putIfAbsent(key, i);
            if (earlier != null) {
                ThresholdLines.Line first = lines.get(earlier);
                errors.add(RuleDiagnostics.problem(at.file(), at.line(), at.column(), "table.duplicate", what,
                        first.file() == null ? "?" : first.file() + ":" + first.line()));
            }
        }
        errors.addAll(ruleSet.thresholdsOnUnknownMeasures());
        ThresholdLines.Line table = lines.isEmpty() ? null : lines.get(0);
        for (CollectiviteType type : CollectiviteType.values()) {
            TreeSet<Integer> levels = new TreeSet<>();
            thresholds.stream().filter(t -> t.type() == type).forEach(t -> levels.add(t.level()));
            if (levels.isEmpty()) {
                errors.add(RuleDiagnostics.problem(table == null ? null : table.file(), 0, 0, "table.noType",
                        type.name()));
                continue;
            }
            for (int level = LOWEST; level < levels.last(); level++) {
                if (!levels.contains(level)) {
                    errors.add(RuleDiagnostics.problem(table == null ? null : table.file(), 0, 0, "table.levelGap",
                            type.name(), level, levels.last()));
                }
            }
        }
        // By line; what concerns the whole table (no line) last.
        errors.sort(java.util.Comparator.comparing((RuleProblem p) -> p.file() == null)
                .thenComparing(p -> p.line() == 0).thenComparingInt(RuleProblem::line));
        return errors;
    }

    /** Each line asking less than the nearest level below on the same type and measure. */
    List<RuleWarning> warnings() {
        List<RuleWarning> warnings = new ArrayList<>();
        for (int i = 0; i < thresholds.size(); i++) {
            Threshold threshold = thresholds.get(i);
            if (threshold.type() == null || threshold.measure() == null) {
                continue;
            }
            Threshold below = null;
            for (Threshold other : thresholds) {
                if (other.type() == threshold.type() && Objects.equals(other.measure(), threshold.measure())
                        && other.level() < threshold.level() && (below == null || other.level() > below.level())) {
                    below = other;
                }
            }
            if (below != null && threshold.minimum() >= 0 && threshold.minimum() < below.minimum()) {
                ThresholdLines.Line at = lines.get(i);
                warnings.add(RuleWarning.of(at.file(), at.line(), at.rule() == null ? "?" : at.rule(), "table.lessThanBelow",
                        describe(threshold), threshold.minimum(), below.level(), below.minimum()));
            }
        }
        return warnings;
    }

    /** "VILLE 4@ eligibleActions". */
    private static String describe(Threshold threshold) {
        return threshold.type() + " " + threshold.level() + "@ " + threshold.measure();
    }
}
