package fr.label.referentiel;

import fr.label.Language;

/** One of the four groups of enjeux ("Vivre ensemble", ...). */
public record Categorie(String code, String label, String labelEn) {

    public String label(Language language) {
        return language == Language.EN ? labelEn : label;
    }
}
