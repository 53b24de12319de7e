package fr.label.rules.facts;

/**
 * A dossier eligible for a mention, with what the ranking reads when the cap is reached.
 *
 * @param code              the collectivité's code
 * @param mention           the mention's code
 * @param innovativeActions innovative eligible actions in the mention's enjeu
 * @param enjeuActions      eligible actions in the mention's enjeu
 * @param arobases          the dossier's level
 */
public record MentionCandidate(String code, String mention, int innovativeActions, int enjeuActions, int arobases) {
}
