package fr.label.rules.facts;

/**
 * Marks the session in which the mentions are awarded: it holds every candidate of the edition
 * (or the single dossier's, when one is evaluated alone) and no dossier.
 *
 * @param edition the palmarès year
 */
public record Deliberation(int edition) {
}
