package fr.label.sketch;

import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.referentiel.Categorie;
import fr.label.referentiel.Enjeu;
import fr.label.referentiel.Referentiel;
import fr.label.referentiel.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds plausible dossiers from counts, for tests, scenarios and simulations: "3 actions in
 * EDUCATION", or "60 actions covering 13 enjeux over the 4 catégories, 6 of them strong".
 * Actions get sequential ids ({@code a-001}), the label of their service as title, and a start
 * date early in the year before the edition, still running: plain eligible actions unless
 * told otherwise.
 *
 * <pre>{@code
 * Dossier dossier = DossierSketch.of(2023, Collectivite.ville("99001", "Ville-Exemple"))
 *         .profile(35, 10, 2, 4, true)          // A, E, S, C, démocratie locale covered
 *         .innovativeActionsIn("EDUCATION", 1)
 *         .build();
 * }</pre>
 */
public final class DossierSketch {

    private static final String DEMOCRATIE_LOCALE = "DEMOCRATIE_LOCALE";

    private final int edition;
    private final Collectivite collectivite;
    private final Referentiel referentiel;
    private final List<Action> actions = new ArrayList<>();
    private final List<HistoryEntry> history = new ArrayList<>();
    private LocalDate start;

    private DossierSketch(int edition, Collectivite collectivite, Referentiel referentiel) {
        this.edition = edition;
        this.collectivite = collectivite;
        this.referentiel = referentiel;
        this.start = LocalDate.of(edition - 2, 1, 15);
    }

    /**
     * A sketch with the shipped référentiel.
     * @param edition      the palmarès year
     * @param collectivite who files the dossier
     * @return a sketch with no action yet
     */
    public static DossierSketch of(int edition, Collectivite collectivite) {
        return new DossierSketch(edition, collectivite, Referentiel.defaultReferentiel());
    }

    /**
     * A sketch whose actions take their services from this référentiel.
     * @param edition      the palmarès year
     * @param collectivite who files the dossier
     * @param referentiel  where the services of the actions come from
     * @return a sketch with no action yet
     */
    public static DossierSketch of(int edition, Collectivite collectivite, Referentiel referentiel) {
        return new DossierSketch(edition, collectivite, referentiel);
    }

    /**
     * Starts from an existing dossier, to describe changes to it ("add 3 actions in EDUCATION").
     *
     * @param dossier     the dossier to start from
     * @param referentiel where the services of added actions come from
     * @return a sketch with the dossier's actions and history
     */
    public static DossierSketch from(Dossier dossier, Referentiel referentiel) {
        DossierSketch sketch = new DossierSketch(dossier.edition(), dossier.collectivite(), referentiel);
        sketch.actions.addAll(dossier.actions());
        sketch.history.addAll(dossier.history());
        return sketch;
    }

    /**
     * The start date of the actions added from now on (default: 15 January, two years before the edition).
     *
     * @param start the start date
     * @return this sketch
     */
    public DossierSketch startingOn(LocalDate start) {
        this.start = start;
        return this;
    }

    /**
     * Adds actions in the enjeu, each with the next of the enjeu's services in turn.
     *
     * @param enjeu an enjeu's code, e.g. "EDUCATION"
     * @param count how many actions
     * @return this sketch
     */
    public DossierSketch actionsIn(String enjeu, int count) {
        return actionsIn(enjeu, count, Integer.MAX_VALUE, false);
    }

    /**
     * Adds actions in the enjeu using at most {@code distinctServices} of its services.
     *
     * @param enjeu            an enjeu's code, e.g. "EDUCATION"
     * @param count            how many actions
     * @param distinctServices how many of the enjeu's services they use, at most
     * @return this sketch
     */
    public DossierSketch actionsIn(String enjeu, int count, int distinctServices) {
        return actionsIn(enjeu, count, distinctServices, false);
    }

    /**
     * Adds actions in the enjeu marked innovative.
     *
     * @param enjeu an enjeu's code, e.g. "EDUCATION"
     * @param count how many actions
     * @return this sketch
     */
    public DossierSketch innovativeActionsIn(String enjeu, int count) {
        return actionsIn(enjeu, count, Integer.MAX_VALUE, true);
    }

    private DossierSketch actionsIn(String enjeu, int count, int distinctServices, boolean innovative) {
        List<Service> services = referentiel.servicesOf(referentiel.enjeu(enjeu));
        int pool = Math.max(1, Math.min(distinctServices, services.size()));
        for (int i = 0; i < count; i++) {
            Service service = services.get(i % pool);
            add(service, innovative);
        }
        return this;
    }

    /**
     * Adds eligible actions that give the dossier exactly these measures on their own: A eligible
     * actions, E covered enjeux spread over C catégories, S of them strong (two services each), and
     * DEMOCRATIE_LOCALE among the covered enjeux or not.
     *
     * @throws IllegalArgumentException when the counts cannot go together (A below E + S, C above E, ...)
     * @param eligibleActions   A, the eligible actions
     * @param coveredEnjeux     E, the covered enjeux
     * @param strongEnjeux      S, the strong enjeux, at most E
     * @param coveredCategories C, the covered catégories, at most E
     * @param democratieLocale  D, whether démocratie locale is among the covered enjeux
     * @return this sketch
     */
    public DossierSketch profile(int eligibleActions, int coveredEnjeux, int strongEnjeux,
                                 int coveredCategories, boolean democratieLocale) {
        List<Enjeu> chosen = chooseEnjeux(coveredEnjeux, coveredCategories, democratieLocale);
        if (strongEnjeux > coveredEnjeux) {
            throw new IllegalArgumentException("strong enjeux (" + strongEnjeux + ") cannot exceed covered ones ("
                    + coveredEnjeux + ")");
        }
        if (eligibleActions < coveredEnjeux + strongEnjeux) {
            throw new IllegalArgumentException("at least " + (coveredEnjeux + strongEnjeux)
                    + " actions are needed for " + coveredEnjeux + " covered enjeux of which " + strongEnjeux
                    + " strong, found " + eligibleActions);
        }
        if (coveredEnjeux == 0 && eligibleActions > 0) {
            throw new IllegalArgumentException("actions need at least one covered enjeu");
        }
        int added = 0;
        for (int i = 0; i < chosen.size(); i++) {
            List<Service> services = referentiel.servicesOf(chosen.get(i));
            add(services.get(0), false);
            added++;
            if (i < strongEnjeux) {
                add(services.get(1), false);
                added++;
            }
        }
        // The rest goes to the first enjeu with its first service, so no other count moves.
        while (added < eligibleActions) {
            add(referentiel.servicesOf(chosen.get(0)).get(0), false);
            added++;
        }
        return this;
    }

    private List<Enjeu> chooseEnjeux(int count, int categories, boolean democratieLocale) {
        if (count > referentiel.enjeux().size()) {
            throw new IllegalArgumentException("the référentiel has only " + referentiel.enjeux().size() + " enjeux");
        }
        if (categories > count || categories > referentiel.categories().size() || (count > 0 && categories == 0)) {
            throw new IllegalArgumentException(count + " covered enjeux cannot span " + categories + " catégories");
        }
        if (democratieLocale && count == 0) {
            throw new IllegalArgumentException("démocratie locale covered needs at least one covered enjeu");
        }
        Set<Enjeu> chosen = new LinkedHashSet<>();
        List<Categorie> used = referentiel.categories().subList(0, categories);
        // One enjeu per used catégorie first, so that exactly `categories` are covered.
        for (Categorie categorie : used) {
            chosen.add(referentiel.enjeuxOf(categorie).get(0));
        }
        if (democratieLocale) {
            Enjeu dl = referentiel.enjeu(DEMOCRATIE_LOCALE);
            if (!chosen.contains(dl)) {
                if (!used.contains(referentiel.categorie(dl.categorie()))) {
                    throw new IllegalArgumentException("démocratie locale lies outside the first "
                            + categories + " catégories");
                }
                if (chosen.size() == count) {
                    chosen.remove(referentiel.enjeuxOf(referentiel.categorie(dl.categorie())).get(0));
                }
                chosen.add(dl);
            }
        }
        for (Categorie categorie : used) {
            for (Enjeu enjeu : referentiel.enjeuxOf(categorie)) {
                if (chosen.size() >= count) {
                    break;
                }
                if (!democratieLocale && enjeu.code().equals(DEMOCRATIE_LOCALE)) {
                    continue;
                }
                chosen.add(enjeu);
            }
        }
        if (chosen.size() < count) {
            throw new IllegalArgumentException(count + " covered enjeux do not fit in " + categories
                    + " catégories" + (democratieLocale ? "" : " without démocratie locale"));
        }
        return new ArrayList<>(chosen);
    }

    private void add(Service service, boolean innovative) {
        String id = String.format("a-%03d", actions.size() + 1);
        actions.add(new Action(id, service.label(), List.of(service.code()), start, null, innovative));
    }

    /**
     * Adds an action as it is.
     *
     * @param action the action
     * @return this sketch
     */
    public DossierSketch action(Action action) {
        actions.add(action);
        return this;
    }

    /**
     * Adds an earlier result, without the excellence distinction.
     * @param edition  an earlier edition
     * @param arobases the level obtained then, 1 to 5
     * @return this sketch
     */
    public DossierSketch history(int edition, int arobases) {
        history.add(HistoryEntry.of(edition, arobases));
        return this;
    }

    /**
     * Adds an earlier result.
     * @param entry the earlier result
     * @return this sketch
     */
    public DossierSketch history(HistoryEntry entry) {
        history.add(entry);
        return this;
    }

    /**
     * Adds 5@ results for each of the editions.
     *
     * @param editions earlier editions
     * @return this sketch
     */
    public DossierSketch fiveArobasesIn(int... editions) {
        for (int year : editions) {
            history.add(HistoryEntry.of(year, 5));
        }
        return this;
    }

    /**
     * The id the next added action will get.
     *
     * @return e.g. {@code a-004} after three actions
     */
    public String nextActionId() {
        return String.format("a-%03d", actions.size() + 1);
    }

    /**
     * @return the dossier; the engine checks it when it evaluates it
     */
    public Dossier build() {
        return new Dossier(edition, collectivite, actions, history);
    }
}
