package fr.label.rules.facts;

import java.time.LocalDate;

/**
 * What an edition's rule file says of the edition itself.
 *
 * @param year     palmarès year
 * @param juryDate the reference date actions are judged at
 */
public record EditionSettings(int year, LocalDate juryDate) {
}
