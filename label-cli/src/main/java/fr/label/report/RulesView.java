package fr.label.report;

import fr.label.Language;

import java.util.List;

/**
 * What the rules documentation's template ({@code src/main/jte/rules.jte}) shows of a rule set:
 * the sentences {@link RulesDocument} writes from the rule files, in the page's language, and
 * the rows of its tables. Plain text only: the template escapes every value.
 *
 * @param language       the page's language
 * @param title          "Règles de l'édition 2023 (24e palmarès)"
 * @param introduction   where the rules come from, how many files and rules, the jury date
 * @param digest         the fingerprint's digest, for the page's {@code data-digest}
 * @param fingerprint    the fingerprint as a sentence
 * @param trusted        the warning that rule files are code
 * @param legend         the letters of the thresholds table
 * @param types          the collectivité types, the columns of the thresholds table
 * @param levels         the rows of the thresholds table
 * @param mentions       the mention catalogue, empty when the edition has none
 * @param figures        the rules that state the figures, with their source
 * @param mutantsSummary the mutation run's summary, or {@code null} without a mutation run
 * @param files          every rule, by file
 */
public record RulesView(Language language, String title, String introduction, String digest, String fingerprint,
                        String trusted, String legend, List<String> types, List<LevelRow> levels,
                        List<MentionRow> mentions, List<FigureSource> figures, String mutantsSummary,
                        List<RuleFileRows> files) {

    /** One level of the thresholds table: "E ≥ 3, A ≥ 5" for each type, in the order of {@link #types}. */
    public record LevelRow(int level, List<String> cells) {
    }

    /** One mention of the catalogue; cap is its number or "sans plafond" (no cap). */
    public record MentionRow(String code, String label, String enjeu, String cap) {
    }

    /** A rule that states figures, with its title, where it is and its source. */
    public record FigureSource(String title, String file, int line, String source) {
    }

    /** A rule file and its rules. */
    public record RuleFileRows(String file, List<RuleRow> rules) {
    }

    /** One rule; survivors, the surviving mutants of the rule (empty without a mutation run). */
    public record RuleRow(String title, String name, String description, List<String> survivors) {
    }

    /** Whether the page is in English (the template's words follow it). */
    public boolean english() {
        return language == Language.EN;
    }

    /** The sentence in the page's language. */
    public String t(String french, String english) {
        return english() ? english : french;
    }

    /** Whether the page shows a mutation run: a column of survivors in the rules' tables. */
    public boolean mutants() {
        return mutantsSummary != null;
    }
}
