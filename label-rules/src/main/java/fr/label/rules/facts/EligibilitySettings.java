package fr.label.rules.facts;

/**
 * @param windowYears an ended action still counts when it ended at most this many years before the jury date
 */
public record EligibilitySettings(int windowYears) {
}
