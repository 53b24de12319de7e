package fr.label.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fiche action: one digital service or project of the collectivité.
 *
 * <pre>{@code
 * Action portail = Action.builder("a-001")
 *         .title("Portail famille")
 *         .services("portail-famille")
 *         .start(LocalDate.of(2021, 9, 1))
 *         .innovative()
 *         .build();
 * }</pre>
 *
 * <p>The constructor reports a missing id, title, services list, service code or start date as an
 * {@link InvalidInputException} naming each field ({@code start}, {@code services[1]}); the
 * {@linkplain Builder builder} also reports invalid values.
 *
 * @param id         identifier within the dossier; a repeated id makes the later action a duplicate
 * @param title      what the action is
 * @param services   codes of the référentiel's services it contributes to (at least one)
 * @param start      start date
 * @param end        end date, or {@code null} while the action is still running
 * @param innovative whether the collectivité marks it as innovative
 */
public record Action(String id, String title, List<String> services,
                     LocalDate start, LocalDate end, boolean innovative) {

    /**
     * Checks that nothing is missing; the builder checks the rest.
     *
     * @param id         identifier within the dossier; a repeated id makes the later action a duplicate
     * @param title      what the action is
     * @param services   codes of the référentiel's services it contributes to (at least one)
     * @param start      start date
     * @param end        end date, or {@code null} while the action is still running
     * @param innovative whether the collectivité marks it as innovative
     */
    public Action {
        List<InputProblem> problems = new ArrayList<>();
        BuildChecks.required(id, "id", "an action id", problems);
        BuildChecks.required(title, "title", "a title", problems);
        BuildChecks.required(services, "services", "a list of service codes", problems);
        BuildChecks.noMissingElement(services, "services", "a service code", problems);
        BuildChecks.required(start, "start", "a start date", problems);
        BuildChecks.throwIfAny(problems);
        services = List.copyOf(services);
    }

    /**
     * Starts an action with its identifier within the dossier.
     *
     * @param id the action's identifier; a repeated id makes the later action a duplicate
     * @return a builder whose title is the id until {@link Builder#title(String)} says otherwise
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Builds an action; the title defaults to its id. {@link #build()} reports what is missing or
     * invalid as an {@link InvalidInputException}, like the JSON reader.
     */
    public static final class Builder {
        private final String id;
        private String title;
        private List<String> services = List.of();
        private LocalDate start;
        private LocalDate end;
        private boolean innovative;

        private Builder(String id) {
            this.id = id;
            this.title = id;
        }

        /**
         * @param title what the action is
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param codes codes of the référentiel's services the action contributes to
         * @return this builder
         */
        public Builder services(String... codes) {
            this.services = codes == null ? null : Arrays.asList(codes.clone());
            return this;
        }

        /**
         * @param codes codes of the référentiel's services the action contributes to
         * @return this builder
         */
        public Builder services(List<String> codes) {
            this.services = codes == null ? null : new ArrayList<>(codes);
            return this;
        }

        /**
         * @param start the start date (required)
         * @return this builder
         */
        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        /**
         * @param end the end date, or {@code null} while the action is still running
         * @return this builder
         */
        public Builder end(LocalDate end) {
            this.end = end;
            return this;
        }

        /**
         * Marks the action as innovative.
         *
         * @return this builder
         */
        public Builder innovative() {
            return innovative(true);
        }

        /**
         * @param innovative whether the collectivité marks the action as innovative
         * @return this builder
         */
        public Builder innovative(boolean innovative) {
            this.innovative = innovative;
            return this;
        }

        /**
         * @return the action
         * @throws InvalidInputException listing every missing or invalid value with its path
         *                               ({@code start}, {@code end}, {@code services})
         */
        public Action build() {
            Action action = new Action(id, title, services, start, end, innovative);
            List<InputProblem> problems = new ArrayList<>();
            DossierValidator.action(action, "", problems);
            BuildChecks.throwIfAny(BuildChecks.alone(problems));
            return action;
        }
    }
}
