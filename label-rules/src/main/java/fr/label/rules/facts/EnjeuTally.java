package fr.label.rules.facts;

import fr.label.referentiel.Service;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * For each enjeu, how many eligible actions have a service in it (how many of them innovative)
 * and how many distinct services of it they use: the counts the mosaïque and mention rules
 * decide on. Counting is plain Java; what the
 * counts mean (covered, strong) is decided by the rules.
 */
public final class EnjeuTally implements Serializable {

    private final Map<String, Integer> actions = new HashMap<>();
    private final Map<String, Integer> innovative = new HashMap<>();
    /** Enjeu → service code → how many eligible actions use it, so that a removal can be undone. */
    private final Map<String, Map<String, Integer>> services = new HashMap<>();

    /** Counts nothing yet: {@link EnjeuTallyFunction} fills it. */
    public EnjeuTally() {
    }

    /** Eligible actions with at least one known service in the enjeu. */
    public int actions(String enjeu) {
        return actions.getOrDefault(enjeu, 0);
    }

    /** Eligible actions marked innovative with at least one known service in the enjeu. */
    public int innovativeActions(String enjeu) {
        return innovative.getOrDefault(enjeu, 0);
    }

    /** Distinct services of the enjeu used by eligible actions. */
    public int services(String enjeu) {
        Map<String, Integer> used = services.get(enjeu);
        return used == null ? 0 : used.size();
    }

    void add(FiledAction action, int sign) {
        for (String enjeu : action.enjeux()) {
            actions.merge(enjeu, sign, Integer::sum);
            if (action.innovative()) {
                innovative.merge(enjeu, sign, Integer::sum);
            }
        }
        for (Service service : action.knownServices()) {
            Map<String, Integer> used = services.computeIfAbsent(service.enjeu(), e -> new HashMap<>());
            if (used.merge(service.code(), sign, Integer::sum) == 0) {
                used.remove(service.code());
            }
        }
    }

    void clear() {
        actions.clear();
        innovative.clear();
        services.clear();
    }
}
