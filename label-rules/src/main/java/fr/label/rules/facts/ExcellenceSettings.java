package fr.label.rules.facts;

/**
 * The figures of the "Territoire d'excellence numérique" distinction, written in the rule files as
 * {@code ExcellenceSettings.builder().fiveArobasesRequired(6).validityYears(3).build()}.
 *
 * @param fiveArobasesRequired how many 5@ results (past ones plus the current one) the distinction needs
 * @param validityYears        how many palmarès it is valid for, the awarding one included
 */
public record ExcellenceSettings(int fiveArobasesRequired, int validityYears) {

    public static Builder builder() {
        return new Builder();
    }

    /** Names each figure where the rule file writes it. */
    public static final class Builder {
        private Integer fiveArobasesRequired;
        private Integer validityYears;

        public Builder fiveArobasesRequired(int results) {
            this.fiveArobasesRequired = Figures.notNegative("ExcellenceSettings", "fiveArobasesRequired", results);
            return this;
        }

        public Builder validityYears(int palmares) {
            this.validityYears = Figures.notNegative("ExcellenceSettings", "validityYears", palmares);
            return this;
        }

        public ExcellenceSettings build() {
            return new ExcellenceSettings(Figures.set("ExcellenceSettings", "fiveArobasesRequired", fiveArobasesRequired),
                    Figures.set("ExcellenceSettings", "validityYears", validityYears));
        }
    }
}
