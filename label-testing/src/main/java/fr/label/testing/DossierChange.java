package fr.label.testing;

import fr.label.dossier.Action;
import fr.label.dossier.Dossier;
import fr.label.sketch.DossierSketch;
import fr.label.dossier.HistoryEntry;
import fr.label.referentiel.Referentiel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One of a scenario dossier's {@code changes:}, applied in order to the dossier written before
 * them: {@code profile}, {@code add}, {@code remove}, {@code history}.
 */
sealed interface DossierChange {

    Dossier applyTo(Dossier dossier, Referentiel referentiel);

    /**
     * Adds eligible actions that give the dossier exactly these measures on their own (see
     * {@link DossierSketch#profile}).
     */
    record Profile(int eligibleActions, int coveredEnjeux, int strongEnjeux, int coveredCategories,
                   boolean democratieLocaleCovered) implements DossierChange {
        @Override
        public Dossier applyTo(Dossier dossier, Referentiel referentiel) {
            return DossierSketch.from(dossier, referentiel)
                    .profile(eligibleActions, coveredEnjeux, strongEnjeux, coveredCategories, democratieLocaleCovered)
                    .build();
        }
    }

    /**
     * Adds {@code actions} actions in the enjeu, {@code innovative} of them marked innovative,
     * using at most {@code services} of the enjeu's services, starting on {@code start} (or the
     * sketch's default) and still running.
     */
    record Add(int actions, String enjeu, int innovative, Integer services, LocalDate start) implements DossierChange {
        @Override
        public Dossier applyTo(Dossier dossier, Referentiel referentiel) {
            DossierSketch sketch = DossierSketch.from(dossier, referentiel);
            if (start != null) {
                sketch.startingOn(start);
            }
            if (actions - innovative > 0) {
                sketch.actionsIn(enjeu, actions - innovative, services == null ? Integer.MAX_VALUE : services);
            }
            if (innovative > 0) {
                sketch.innovativeActionsIn(enjeu, innovative);
            }
            return sketch.build();
        }
    }

    /** Removes the actions with these ids. */
    record Remove(Set<String> actionIds) implements DossierChange {
        @Override
        public Dossier applyTo(Dossier dossier, Referentiel referentiel) {
            for (String id : actionIds) {
                if (dossier.actions().stream().noneMatch(a -> a.id().equals(id))) {
                    throw new IllegalArgumentException("expected the id of an action of the dossier, found \"" + id
                            + "\"");
                }
            }
            List<Action> kept = dossier.actions().stream().filter(a -> !actionIds.contains(a.id())).toList();
            return new Dossier(dossier.edition(), dossier.collectivite(), kept, dossier.history());
        }
    }

    /** Adds these results of earlier editions. */
    record History(List<HistoryEntry> entries) implements DossierChange {
        @Override
        public Dossier applyTo(Dossier dossier, Referentiel referentiel) {
            List<HistoryEntry> history = new ArrayList<>(dossier.history());
            history.addAll(entries);
            return new Dossier(dossier.edition(), dossier.collectivite(), dossier.actions(), history);
        }
    }
}
