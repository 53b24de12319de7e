package fr.label.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * The collectivité's result in an earlier edition, as filed with its dossier.
 *
 * @param edition    the palmarès year of that earlier edition
 * @param arobases   the level obtained then, 1 to 5
 * @param excellence whether the "Territoire d'excellence numérique" distinction was
 *                   <em>awarded</em> in that edition (not merely held)
 */
public record HistoryEntry(int edition, int arobases, boolean excellence) {

    /**
     * @param edition  the palmarès year of that earlier edition
     * @param arobases the level obtained then, 1 to 5
     * @return the entry, without the excellence distinction
     * @throws InvalidInputException when the arobases are not 1 to 5, at {@code arobases}
     */
    public static HistoryEntry of(int edition, int arobases) {
        return checked(new HistoryEntry(edition, arobases, false));
    }

    /**
     * @param edition  the palmarès year of the edition that awarded the distinction
     * @param arobases the level obtained then, 1 to 5
     * @return the entry, with the excellence distinction awarded in that edition
     * @throws InvalidInputException when the arobases are not 1 to 5, at {@code arobases}
     */
    public static HistoryEntry withExcellence(int edition, int arobases) {
        return checked(new HistoryEntry(edition, arobases, true));
    }

    /** The checks of the JSON reader that concern the entry alone (the dossier's builder checks the edition). */
    private static HistoryEntry checked(HistoryEntry entry) {
        List<InputProblem> problems = new ArrayList<>();
        DossierValidator.history(null, List.of(entry), "", problems);
        List<InputProblem> alone = new ArrayList<>();
        for (InputProblem problem : problems) {
            String path = problem.path().startsWith("[0].") ? problem.path().substring(4) : problem.path();
            alone.add(new InputProblem(null, path, problem.message()));
        }
        BuildChecks.throwIfAny(alone);
        return entry;
    }
}
