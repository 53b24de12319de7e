package fr.label.rules.facts;

import java.time.LocalDate;

/**
 * What an edition's rule file says of the edition itself, written there as
 * {@code EditionSettings.builder().year(2023).juryDate(2022, 12, 1).build()}.
 *
 * @param year     palmarès year
 * @param juryDate the reference date actions are judged at
 */
public record EditionSettings(int year, LocalDate juryDate) {

    public static Builder builder() {
        return new Builder();
    }

    /** Names each setting where the rule file writes it. */
    public static final class Builder {
        private Integer year;
        private LocalDate juryDate;

        public Builder year(int year) {
            this.year = year;
            return this;
        }

        public Builder juryDate(int year, int month, int day) {
            this.juryDate = LocalDate.of(year, month, day);
            return this;
        }

        public EditionSettings build() {
            if (juryDate == null) {
                throw new IllegalStateException("EditionSettings: juryDate is not set");
            }
            return new EditionSettings(Figures.set("EditionSettings", "year", year), juryDate);
        }
    }
}
