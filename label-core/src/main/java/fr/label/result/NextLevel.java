package fr.label.result;

import fr.label.referentiel.Enjeu;

import java.util.List;

/**
 * What a dossier lacks to reach the level above its own.
 *
 * @param arobases        the next level
 * @param unmet           each condition of that level not met, with actual and required values
 * @param uncoveredEnjeux the enjeux with no eligible action yet
 */
public record NextLevel(int arobases, List<UnmetCondition> unmet, List<Enjeu> uncoveredEnjeux) {

    /**
     * Keeps copies of the lists.
     *
     * @param arobases        the next level
     * @param unmet           each condition of that level not met, with actual and required values
     * @param uncoveredEnjeux the enjeux with no eligible action yet
     */
    public NextLevel {
        unmet = List.copyOf(unmet);
        uncoveredEnjeux = List.copyOf(uncoveredEnjeux);
    }
}
