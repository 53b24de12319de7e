package fr.label.rules.facts;

import fr.label.dossier.CollectiviteType;

/**
 * One line of the thresholds table: to reach {@code level}, a dossier of {@code type} needs
 * {@code measure} to be at least {@code minimum}.
 */
public record Requirement(CollectiviteType type, int level, String measure, int minimum) {
}
