package fr.label.rules.facts;

/**
 * A candidate's place in the jury's order for one mention, set by awards.drl.
 *
 * @param code    the collectivité's code
 * @param mention the mention's code
 * @param rank    1 for the first in the jury's order
 * @param of      how many dossiers are eligible for the mention
 */
public record MentionRank(String code, String mention, int rank, int of) {
}
