package fr.label.dossier;

/**
 * The collectivité's result in an earlier edition, as filed with its dossier.
 *
 * @param edition    the palmarès year of that earlier edition
 * @param arobases   the level obtained then, 1 to 5
 * @param excellence whether the "Territoire d'excellence numérique" distinction was
 *                   <em>awarded</em> in that edition (not merely held)
 */
public record HistoryEntry(int edition, int arobases, boolean excellence) {

    public static HistoryEntry of(int edition, int arobases) {
        return new HistoryEntry(edition, arobases, false);
    }

    public static HistoryEntry withExcellence(int edition, int arobases) {
        return new HistoryEntry(edition, arobases, true);
    }
}
