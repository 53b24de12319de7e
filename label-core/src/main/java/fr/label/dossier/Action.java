package fr.label.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
 * @param id         identifier within the dossier; a repeated id makes the later action a duplicate
 * @param title      what the action is
 * @param services   codes of the référentiel's services it contributes to (at least one)
 * @param start      start date
 * @param end        end date, or {@code null} while the action is still running
 * @param innovative whether the collectivité marks it as innovative
 */
public record Action(String id, String title, List<String> services,
                     LocalDate start, LocalDate end, boolean innovative) {

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        services = List.copyOf(services);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds an action; the title defaults to its id. */
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

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder services(String... codes) {
            this.services = List.of(codes);
            return this;
        }

        public Builder services(List<String> codes) {
            this.services = List.copyOf(codes);
            return this;
        }

        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        public Builder end(LocalDate end) {
            this.end = end;
            return this;
        }

        public Builder innovative() {
            return innovative(true);
        }

        public Builder innovative(boolean innovative) {
            this.innovative = innovative;
            return this;
        }

        public Action build() {
            return new Action(id, title, services, start, end, innovative);
        }
    }
}
