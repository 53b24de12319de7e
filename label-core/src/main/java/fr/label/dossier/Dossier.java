package fr.label.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * A collectivité's candidature to one edition: who it is, its actions and its past results.
 *
 * <pre>{@code
 * Dossier dossier = Dossier.builder(2023)
 *         .collectivite(Collectivite.ville("84031", "Carpentras"))
 *         .action(Action.builder("a-001").services("portail-famille").start(LocalDate.of(2021, 9, 1)).build())
 *         .history(HistoryEntry.of(2022, 4))
 *         .build();
 * }</pre>
 *
 * The builder checks the dossier as the JSON reader does and reports every problem at once
 * ({@link InvalidInputException}, with paths such as {@code actions[0].end}); the constructor
 * reports only what is missing ({@code collectivite}, {@code actions[2]}), and a dossier made with
 * it is checked by the engine before it is evaluated, with the same checks ({@code LabelJson.problems(dossier)} tells them beforehand).
 *
 * @param edition      the palmarès year the dossier is filed for
 * @param collectivite who files it
 * @param actions      its fiches actions, in the order filed
 * @param history      its results in earlier editions
 */
public record Dossier(int edition, Collectivite collectivite, List<Action> actions, List<HistoryEntry> history) {

    /**
     * Checks that nothing is missing; the builder checks the rest.
     *
     * @param edition      the palmarès year the dossier is filed for
     * @param collectivite who files it
     * @param actions      its fiches actions, in the order filed
     * @param history      its results in earlier editions
     */
    public Dossier {
        List<InputProblem> problems = new ArrayList<>();
        BuildChecks.required(collectivite, "collectivite", "a collectivité", problems);
        BuildChecks.required(actions, "actions", "a list of actions", problems);
        BuildChecks.noMissingElement(actions, "actions", "an action", problems);
        BuildChecks.required(history, "history", "a list of history entries", problems);
        BuildChecks.noMissingElement(history, "history", "a history entry", problems);
        BuildChecks.throwIfAny(problems);
        actions = List.copyOf(actions);
        history = List.copyOf(history);
    }

    /**
     * Starts a dossier.
     *
     * @param edition the palmarès year the dossier is filed for
     * @return a builder with no collectivité, action or history yet
     */
    public static Builder builder(int edition) {
        return new Builder(edition);
    }

    /**
     * @return the collectivité's code, which identifies the dossier within its edition
     */
    public String code() {
        return collectivite.code();
    }

    /**
     * Builds a dossier. {@link #build()} reports what is missing or invalid as an
     * {@link InvalidInputException}, like the JSON reader.
     */
    public static final class Builder {
        private final int edition;
        private Collectivite collectivite;
        private final List<Action> actions = new ArrayList<>();
        private final List<HistoryEntry> history = new ArrayList<>();

        private Builder(int edition) {
            this.edition = edition;
        }

        /**
         * @param collectivite who files the dossier (required)
         * @return this builder
         */
        public Builder collectivite(Collectivite collectivite) {
            this.collectivite = collectivite;
            return this;
        }

        /**
         * @param action one more action, after those added before
         * @return this builder
         */
        public Builder action(Action action) {
            actions.add(action);
            return this;
        }

        /**
         * @param more more actions, after those added before
         * @return this builder
         */
        public Builder actions(List<Action> more) {
            actions.addAll(more);
            return this;
        }

        /**
         * @param entries results in earlier editions
         * @return this builder
         */
        public Builder history(HistoryEntry... entries) {
            history.addAll(java.util.Arrays.asList(entries));
            return this;
        }

        /**
         * @param entries results in earlier editions
         * @return this builder
         */
        public Builder history(List<HistoryEntry> entries) {
            history.addAll(entries);
            return this;
        }

        /**
         * @return the dossier
         * @throws InvalidInputException listing every missing or invalid value with its path
         *                               ({@code collectivite}, {@code actions[0].end}, {@code history[1].edition})
         */
        public Dossier build() {
            Dossier dossier = new Dossier(edition, collectivite, actions, history);
            BuildChecks.throwIfAny(DossierValidator.problems(dossier));
            return dossier;
        }
    }
}
