package fr.label.rules.facts;

/**
 * @param minArobases          level a dossier needs to be eligible for a mention
 * @param minEnjeuActions      eligible actions it needs in the mention's enjeu
 * @param minInnovativeActions of which marked innovative
 */
public record MentionSettings(int minArobases, int minEnjeuActions, int minInnovativeActions) {
}
