package fr.label.dossier;

import fr.label.Language;

/**
 * The three kinds of candidature, each with its own questionnaire and thresholds.
 * An intercommunalité is published as a "territoire".
 */
public enum CollectiviteType {
    /** A village's candidature. */
    VILLAGE("village", "village"),
    /** A town's candidature. */
    VILLE("ville", "town"),
    /** An intercommunalité's candidature, published as a "territoire". */
    INTERCOMMUNALITE("territoire", "territory");

    private final String label;
    private final String labelEn;

    CollectiviteType(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /**
     * The word the palmarès uses, in French.
     *
     * @return "village", "ville" or "territoire"
     */
    public String label() {
        return label;
    }

    /**
     * @param language the language of the word
     * @return the word the palmarès uses, in that language ("ville", "town")
     */
    public String label(Language language) {
        return language == Language.EN ? labelEn : label;
    }
}
