package fr.label.dossier;

import fr.label.Language;

/**
 * The three kinds of candidature, each with its own questionnaire and thresholds.
 * An intercommunalité is published as a "territoire".
 */
public enum CollectiviteType {
    VILLAGE("village", "village"),
    VILLE("ville", "town"),
    INTERCOMMUNALITE("territoire", "territory");

    private final String label;
    private final String labelEn;

    CollectiviteType(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The word the palmarès uses, in French ("village", "ville", "territoire"). */
    public String label() {
        return label;
    }

    public String label(Language language) {
        return language == Language.EN ? labelEn : label;
    }
}
