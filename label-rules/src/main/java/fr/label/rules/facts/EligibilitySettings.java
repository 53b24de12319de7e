package fr.label.rules.facts;

/**
 * How long an ended action still counts, written in the rule files as
 * {@code EligibilitySettings.builder().windowYears(2).build()}.
 *
 * @param windowYears an ended action still counts when it ended at most this many years before the jury date
 */
public record EligibilitySettings(int windowYears) {

    public static Builder builder() {
        return new Builder();
    }

    /** Names the figure where the rule file writes it. */
    public static final class Builder {
        private Integer windowYears;

        public Builder windowYears(int years) {
            this.windowYears = Figures.notNegative("EligibilitySettings", "windowYears", years);
            return this;
        }

        public EligibilitySettings build() {
            return new EligibilitySettings(Figures.set("EligibilitySettings", "windowYears", windowYears));
        }
    }
}
