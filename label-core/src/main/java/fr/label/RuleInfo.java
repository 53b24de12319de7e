package fr.label;

/**
 * One rule of an engine's rule set, for documentation and coverage.
 *
 * @param name        the rule's name, as explanations quote it
 * @param file        the rule file it is written in
 * @param description what it decides, from its {@code @description} metadata ("" when absent)
 */
public record RuleInfo(String name, String file, String description) {
}
