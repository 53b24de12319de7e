package fr.label;

/**
 * One rule of an engine's rule set, for documentation and coverage.
 *
 * @param name        the rule's name, as explanations quote it
 * @param file        the rule file it is written in
 * @param salience    its salience: the rules of higher salience fire first
 * @param description what it decides, from its {@code @description} metadata ("" when absent)
 */
public record RuleInfo(String name, String file, int salience, String description) {
}
