package fr.label.rules.facts;

import fr.label.result.Mention;

/** The rules' decision on whether a dossier qualifies for a mention. */
public record MentionEligibility(Mention mention, boolean eligible) {
}
