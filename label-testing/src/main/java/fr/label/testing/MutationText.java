package fr.label.testing;

import fr.label.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A mutation report as text, in French or English: the score of the edition, then each mutant the
 * engine refused and each survivor with the scenario that came closest.
 *
 * <pre>
 * Mutants, edition 2023 (rules: shipped): 131 mutants, 129 killed (1 refused by the engine), 2 survived: score 98.5%
 *   survives  common/thresholds.drl:67  Thresholds: arobases  35 → 36
 *             closest: thresholds.yaml:171  VILLE 4@ at the threshold (E 10, A 35, D) [2023]: its result changes (nextLevel) but no expectation checks it
 * </pre>
 */
public final class MutationText {

    private MutationText() {
    }

    /**
     * The whole report: the summary line, then two lines per refused or surviving mutant.
     *
     * @param report   the report of one edition
     * @param language the language of the text
     * @return the lines
     */
    public static List<String> lines(MutationReport report, Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(summary(report, language));
        if (!report.notMutated().isEmpty()) {
            lines.add(language == Language.EN
                    ? "  not mutated, as no condition reads what they state: " + String.join(", ", report.notMutated())
                    : "  non mutées, car aucune condition ne lit ce qu'elles posent : " + String.join(", ", report.notMutated()));
        }
        for (MutantOutcome outcome : report.outcomes()) {
            if (outcome.status() == MutantOutcome.Status.UNUSABLE) {
                lines.add("  " + (language == Language.EN ? "refused   " : "refusé    ") + headline(outcome.mutant(), language));
                lines.add("            " + outcome.detail().text(language));
            }
        }
        for (MutantOutcome survivor : report.survivors()) {
            List<String> text = survivor(survivor, language);
            lines.add("  " + (language == Language.EN ? "survives  " : "survit    ") + text.get(0));
            lines.add("            " + text.get(1));
        }
        return lines;
    }

    /**
     * {@code Mutants, edition 2023 (rules: shipped): 131 mutants, 129 killed (1 refused by the engine), 2 survived: score 98.5%}.
     *
     * @param report   the report of one edition
     * @param language the language of the text
     * @return one line
     */
    public static String summary(MutationReport report, Language language) {
        long all = report.outcomes().size();
        long refused = report.outcomes().stream().filter(o -> o.status() == MutantOutcome.Status.UNUSABLE).count();
        long survived = report.survivors().size();
        boolean shipped = RuleCoverageReport.SHIPPED.equals(report.ruleSet());
        if (language == Language.EN) {
            return "Mutants, edition " + report.edition() + " (rules: " + (shipped ? "shipped" : report.ruleSet()) + "): "
                    + all + (all == 1 ? " mutant, " : " mutants, ") + report.killed() + " killed"
                    + (refused > 0 ? " (" + refused + " refused by the engine)" : "") + ", " + survived + " survived: score "
                    + percent(report.score(), language);
        }
        return "Mutants, édition " + report.edition() + " (règles : " + (shipped ? "livrées avec l'outil" : report.ruleSet())
                + ") : " + all + " mutant" + (all > 1 ? "s, " : ", ") + report.killed() + (report.killed() > 1 ? " tués" : " tué")
                + (refused > 0 ? " (dont " + refused + (refused > 1 ? " refusés" : " refusé") + " par le moteur)" : "")
                + ", " + survived + (survived > 1 ? " survivants" : " survivant") + " : score " + percent(report.score(), language);
    }

    /**
     * A survivor in two lines: where, the rule and the change; then the scenario that came closest and why.
     *
     * @param survivor a mutant no scenario killed
     * @param language the language of the text
     * @return two lines
     */
    public static List<String> survivor(MutantOutcome survivor, Language language) {
        String closest = survivor.scenario() == null ? survivor.detail().text(language)
                : (language == Language.EN ? "closest: " : "le plus proche : ") + survivor.scenario()
                + (language == Language.EN ? ": " : " : ") + survivor.detail().text(language);
        return List.of(headline(survivor.mutant(), language), closest);
    }

    private static String headline(RuleMutant mutant, Language language) {
        return mutant.where() + "  " + mutant.rule() + "  " + mutant.change(language);
    }

    /**
     * {@code 98.5%} in English, {@code 98,5 %} in French, rounded down so that 99.95 never reads as 100.
     *
     * @param percent  from 0 to 100
     * @param language the language of the text
     * @return the percentage, with at most one decimal
     */
    public static String percent(double percent, Language language) {
        double floor = Math.floor(percent * 10) / 10;
        String number = floor == Math.rint(floor) ? String.valueOf((long) floor) : String.format(Locale.ROOT, "%.1f", floor);
        return language == Language.EN ? number + "%" : number.replace('.', ',') + " %";
    }
}
