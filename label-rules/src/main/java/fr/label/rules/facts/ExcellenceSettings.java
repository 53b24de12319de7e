package fr.label.rules.facts;

/**
 * @param fiveArobasesRequired how many 5@ results (past ones plus the current one) the distinction needs
 * @param validityYears        how many palmarès it is valid for, the awarding one included
 */
public record ExcellenceSettings(int fiveArobasesRequired, int validityYears) {
}
