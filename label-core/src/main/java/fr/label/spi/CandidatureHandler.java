package fr.label.spi;

import fr.label.dossier.Dossier;
import fr.label.dossier.Rejection;

/**
 * Receives the dossiers of an edition one at a time, as they are read, so that an edition of any
 * size can be evaluated without holding it in memory.
 */
public interface CandidatureHandler {

    /** A dossier that passed every check, at its position in the edition. */
    void valid(int index, Dossier dossier);

    /** A dossier that cannot be evaluated. */
    void rejected(Rejection rejection);
}
