package fr.label.referentiel;

import fr.label.Language;

/**
 * A digital service of the référentiel, to which actions are linked.
 *
 * @param code    stable code, e.g. {@code portail-famille}
 * @param label   French label
 * @param labelEn English label
 * @param enjeu   code of the one enjeu it belongs to
 */
public record Service(String code, String label, String labelEn, String enjeu) {

    /**
     * @param language the language of the name
     * @return the name in that language
     */
    public String label(Language language) {
        return language == Language.EN ? labelEn : label;
    }
}
