package fr.label.result;

import fr.label.Language;

/** Where a collectivité stands with the "Territoire d'excellence numérique" distinction. */
public enum ExcellenceStatus {
    /** Neither awarded in this edition nor held from an earlier one. */
    NONE("non", "none"),
    /** Awarded in this edition. */
    AWARDED("décernée", "awarded"),
    /** Awarded in an earlier edition and still valid. */
    HOLDER("détenue", "held");

    private final String label;
    private final String labelEn;

    ExcellenceStatus(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /**
     * @param language the language of the word
     * @return "décernée", "awarded"...
     */
    public String label(Language language) {
        return language == Language.EN ? labelEn : label;
    }
}
