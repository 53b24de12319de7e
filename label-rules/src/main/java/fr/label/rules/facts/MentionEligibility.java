package fr.label.rules.facts;

/** The rules' decision on whether a dossier qualifies for a mention. */
public record MentionEligibility(MentionKind kind, boolean eligible) {
}
