package fr.label.rules.facts;

/**
 * When an enjeu of the mosaïque is covered and when it is strong, written in the rule files as
 * {@code MosaiqueSettings.builder().coveredMinActions(1).strongMinServices(2).build()}.
 *
 * @param coveredMinActions eligible actions an enjeu needs to be covered
 * @param strongMinServices distinct services an enjeu needs to be strong
 */
public record MosaiqueSettings(int coveredMinActions, int strongMinServices) {

    public static Builder builder() {
        return new Builder();
    }

    /** Names each figure where the rule file writes it. */
    public static final class Builder {
        private Integer coveredMinActions;
        private Integer strongMinServices;

        public Builder coveredMinActions(int actions) {
            this.coveredMinActions = Figures.notNegative("MosaiqueSettings", "coveredMinActions", actions);
            return this;
        }

        public Builder strongMinServices(int services) {
            this.strongMinServices = Figures.notNegative("MosaiqueSettings", "strongMinServices", services);
            return this;
        }

        public MosaiqueSettings build() {
            return new MosaiqueSettings(Figures.set("MosaiqueSettings", "coveredMinActions", coveredMinActions),
                    Figures.set("MosaiqueSettings", "strongMinServices", strongMinServices));
        }
    }
}
