package fr.label.rules.facts;

/** The rules' decision, within an edition, on a candidate for a mention. */
public record MentionAward(String code, String mention, boolean awarded) {
}
