package fr.label.result;

import fr.label.Language;

/**
 * A condition of the next level that the dossier does not meet yet.
 *
 * @param measure  the measure's name, e.g. {@code coveredEnjeux}
 * @param label    French wording of the measure
 * @param labelEn  English wording of the measure
 * @param actual   the dossier's value
 * @param required the value the next level requires at least
 * @param yesNo    whether the measure is a yes/no condition (1 = yes) rather than a count
 */
public record UnmetCondition(String measure, String label, String labelEn, int actual, int required, boolean yesNo) {

    /**
     * "enjeux couverts : 8 sur 10" or "démocratie locale couverte : non".
     *
     * @param language the language of the text
     * @return the condition as a person reads it
     */
    public String describe(Language language) {
        String name = language == Language.EN ? labelEn : label;
        if (yesNo) {
            return name + (language == Language.EN ? ": no" : " : non");
        }
        return language == Language.EN
                ? name + ": " + actual + " of " + required
                : name + " : " + actual + " sur " + required;
    }
}
