package fr.label.rules.facts;

/** The level the rules gave the dossier. */
public record Arobases(int level) {
}
