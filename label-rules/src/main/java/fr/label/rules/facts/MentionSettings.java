package fr.label.rules.facts;

/**
 * What a dossier needs to be eligible for a mention of its edition, written in the rule files as
 * {@code MentionSettings.builder().minArobases(3).minEnjeuActions(3).minInnovativeActions(1).build()}.
 *
 * @param minArobases          level a dossier needs to be eligible for a mention
 * @param minEnjeuActions      eligible actions it needs in the mention's enjeu
 * @param minInnovativeActions of which marked innovative
 */
public record MentionSettings(int minArobases, int minEnjeuActions, int minInnovativeActions) {

    public static Builder builder() {
        return new Builder();
    }

    /** Names each figure where the rule file writes it. */
    public static final class Builder {
        private Integer minArobases;
        private Integer minEnjeuActions;
        private Integer minInnovativeActions;

        public Builder minArobases(int level) {
            this.minArobases = Figures.notNegative("MentionSettings", "minArobases", level);
            return this;
        }

        public Builder minEnjeuActions(int actions) {
            this.minEnjeuActions = Figures.notNegative("MentionSettings", "minEnjeuActions", actions);
            return this;
        }

        public Builder minInnovativeActions(int actions) {
            this.minInnovativeActions = Figures.notNegative("MentionSettings", "minInnovativeActions", actions);
            return this;
        }

        public MentionSettings build() {
            return new MentionSettings(Figures.set("MentionSettings", "minArobases", minArobases),
                    Figures.set("MentionSettings", "minEnjeuActions", minEnjeuActions),
                    Figures.set("MentionSettings", "minInnovativeActions", minInnovativeActions));
        }
    }
}
