package fr.label;

import fr.label.dossier.CollectiviteType;

/**
 * One line of an edition's arobases table, as its rules define it: to reach {@code level}, a
 * dossier of {@code type} needs {@code measure} to be at least {@code minimum} (and the
 * thresholds of every level below).
 *
 * @param type    the kind of candidature
 * @param level   the level, 2 to 5
 * @param measure the measure's name, e.g. {@code coveredEnjeux} (see {@link fr.label.result.Result#MEASURE_ORDER})
 * @param minimum the least value the level needs (1 for a yes/no measure)
 */
public record Threshold(CollectiviteType type, int level, String measure, int minimum) {
}
