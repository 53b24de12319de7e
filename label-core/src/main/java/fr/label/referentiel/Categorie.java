package fr.label.referentiel;

import fr.label.Language;

/**
 * One of the four groups of enjeux ("Vivre ensemble", ...).
 *
 * @param code    stable code, e.g. {@code VIVRE_ENSEMBLE}
 * @param label   French name
 * @param labelEn English name
 */
public record Categorie(String code, String label, String labelEn) {

    /**
     * @param language the language of the name
     * @return the name in that language
     */
    public String label(Language language) {
        return language == Language.EN ? labelEn : label;
    }
}
