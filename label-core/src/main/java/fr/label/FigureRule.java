package fr.label;

/**
 * A rule with no condition, which states figures of the method (the arobases table, the jury
 * date, the mention catalogue) that every evaluation gets: its text, for documentation.
 *
 * @param name   the rule's name
 * @param file   the rule file it is written in
 * @param line   1-based line of {@code rule "name"}
 * @param source its text from {@code rule} to {@code end}, as written
 */
public record FigureRule(String name, String file, int line, String source) {
}
