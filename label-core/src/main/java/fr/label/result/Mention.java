package fr.label.result;

import fr.label.Language;

/**
 * A mention of an edition's catalogue, as the edition's rule file defines it.
 *
 * @param code    stable code, e.g. {@code AROBASE_VERTE}
 * @param enjeu   code of the enjeu whose actions qualify for it
 * @param label   French name ("arobase verte")
 * @param labelEn English name
 * @param cap     how many dossiers of the edition may receive it, or {@code null} for no cap
 */
public record Mention(String code, String enjeu, String label, String labelEn, Integer cap) {

    /**
     * Whether the number of awards is capped.
     *
     * @return whether the edition caps how many dossiers receive it
     */
    public boolean capped() {
        return cap != null;
    }

    /**
     * @param language the language of the name
     * @return the mention's name in that language
     */
    public String label(Language language) {
        return language == Language.EN ? labelEn : label;
    }
}
