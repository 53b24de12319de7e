package fr.label.referentiel;

import fr.label.Language;

/**
 * One of the enjeux of local development that make the mosaïque.
 *
 * @param code      stable code, e.g. {@code DEMOCRATIE_LOCALE}
 * @param label     French name
 * @param labelEn   English name
 * @param categorie code of its catégorie
 */
public record Enjeu(String code, String label, String labelEn, String categorie) {

    /**
     * @param language the language of the name
     * @return the name in that language
     */
    public String label(Language language) {
        return language == Language.EN ? labelEn : label;
    }
}
