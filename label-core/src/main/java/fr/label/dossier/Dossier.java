package fr.label.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * A dossier built in Java is checked by the engine before it is evaluated, with the same
 * checks as a dossier read from JSON ({@code LabelJson.problems(dossier)} tells them beforehand).
 */
public record Dossier(int edition, Collectivite collectivite, List<Action> actions, List<HistoryEntry> history) {

    public Dossier {
        Objects.requireNonNull(collectivite, "collectivite");
        actions = List.copyOf(actions);
        history = List.copyOf(history);
    }

    public static Builder builder(int edition) {
        return new Builder(edition);
    }

    public String code() {
        return collectivite.code();
    }

    public static final class Builder {
        private final int edition;
        private Collectivite collectivite;
        private final List<Action> actions = new ArrayList<>();
        private final List<HistoryEntry> history = new ArrayList<>();

        private Builder(int edition) {
            this.edition = edition;
        }

        public Builder collectivite(Collectivite collectivite) {
            this.collectivite = collectivite;
            return this;
        }

        public Builder action(Action action) {
            actions.add(action);
            return this;
        }

        public Builder actions(List<Action> more) {
            actions.addAll(more);
            return this;
        }

        public Builder history(HistoryEntry... entries) {
            history.addAll(List.of(entries));
            return this;
        }

        public Builder history(List<HistoryEntry> entries) {
            history.addAll(entries);
            return this;
        }

        public Dossier build() {
            return new Dossier(edition, collectivite, actions, history);
        }
    }
}
