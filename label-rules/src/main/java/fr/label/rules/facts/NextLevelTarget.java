package fr.label.rules.facts;

/** The level above the dossier's own, which the next-level gap is about. */
public record NextLevelTarget(int level) {
}
