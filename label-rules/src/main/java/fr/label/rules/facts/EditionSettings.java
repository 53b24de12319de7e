package fr.label.rules.facts;

import java.time.LocalDate;

/**
 * What an edition's rule file says of the edition itself.
 *
 * @param year                palmarès year
 * @param juryDate            the reference date actions are judged at
 * @param excellenceAwarded   whether the "Territoire d'excellence numérique" exists in this edition
 */
public record EditionSettings(int year, LocalDate juryDate, boolean excellenceAwarded) {
}
