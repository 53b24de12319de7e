package fr.label.rules.facts;

import fr.label.dossier.Action;
import fr.label.referentiel.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An action as filed, with its services looked up in the référentiel so that the rules can
 * reason on enjeux, and the first action of the dossier filed under its id. Looking up is not
 * deciding: whether a repeated id or an unknown service makes an action ineligible is the rules' call.
 *
 * @param position        0-based position in the dossier
 * @param firstOfItsId    position of the first action of the dossier with this id: {@code position}
 *                        itself unless an earlier action has the same id
 * @param action          the filed action
 * @param knownServices   its services found in the référentiel
 * @param unknownServices its service codes the référentiel does not know
 * @param enjeux          codes of the enjeux of its known services
 */
public record FiledAction(int position, int firstOfItsId, Action action, List<Service> knownServices,
                          List<String> unknownServices, Set<String> enjeux) {

    public String id() {
        return action.id();
    }

    public LocalDate start() {
        return action.start();
    }

    public LocalDate end() {
        return action.end();
    }

    public boolean innovative() {
        return action.innovative();
    }

    /** Whether an earlier action of the dossier has the same id. */
    public boolean repeatsAnEarlierId() {
        return firstOfItsId < position;
    }

    public boolean hasKnownService() {
        return !knownServices.isEmpty();
    }

    public boolean hasUnknownService() {
        return !unknownServices.isEmpty();
    }

    public boolean touches(String enjeu) {
        return enjeux.contains(enjeu);
    }
}
