package fr.label.result;

import fr.label.referentiel.Enjeu;

/**
 * One tile of the mosaïque: what a dossier's eligible actions do for one enjeu.
 *
 * @param enjeu    the enjeu
 * @param actions            eligible actions with at least one known service in this enjeu
 * @param innovativeActions  of which marked innovative
 * @param services           distinct services of this enjeu used by eligible actions
 * @param covered  whether the rules count the enjeu as covered
 * @param strong   whether the rules count the enjeu as strong
 */
public record EnjeuCoverage(Enjeu enjeu, int actions, int innovativeActions, int services, boolean covered,
                            boolean strong) {
}
