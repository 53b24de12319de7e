package fr.label.examples.generate;

import fr.label.dossier.Action;
import fr.label.dossier.CollectiviteType;
import fr.label.referentiel.Referentiel;
import fr.label.referentiel.Service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generator's own reading of a dossier under the default method, used only to stop it from
 * writing a dossier that misses its intent. The example editions' figures are the rules' output.
 */
final class Measures {

    final int level;
    final int filed;
    final int eligible;
    final Set<String> mentionsEligible;

    private Measures(int level, int filed, int eligible, Set<String> mentionsEligible) {
        this.level = level;
        this.filed = filed;
        this.eligible = eligible;
        this.mentionsEligible = mentionsEligible;
    }

    static Measures of(List<Action> actions, CollectiviteType type, int edition, Referentiel referentiel) {
        Method method = Method.of(edition);
        LocalDate jury = method.juryDate();
        Set<String> ids = new HashSet<>();
        Map<String, Integer> actionsPerEnjeu = new HashMap<>();
        Map<String, Integer> innovativePerEnjeu = new HashMap<>();
        Map<String, Set<String>> servicesPerEnjeu = new HashMap<>();
        int eligible = 0;
        for (Action action : actions) {
            boolean first = ids.add(action.id());
            List<Service> known = action.services().stream().map(referentiel::service)
                    .flatMap(Optional::stream).toList();
            boolean ok = first && !known.isEmpty() && !action.start().isAfter(jury)
                    && (action.end() == null || !action.end().isBefore(jury.minusYears(method.windowYears())));
            if (!ok) {
                continue;
            }
            eligible++;
            Set<String> touched = new TreeSet<>();
            for (Service service : known) {
                touched.add(service.enjeu());
                servicesPerEnjeu.computeIfAbsent(service.enjeu(), k -> new HashSet<>()).add(service.code());
            }
            for (String enjeu : touched) {
                actionsPerEnjeu.merge(enjeu, 1, Integer::sum);
                if (action.innovative()) {
                    innovativePerEnjeu.merge(enjeu, 1, Integer::sum);
                }
            }
        }
        int e = actionsPerEnjeu.size();
        int s = (int) servicesPerEnjeu.values().stream().filter(set -> set.size() >= 2).count();
        Set<String> categories = new HashSet<>();
        for (String enjeu : actionsPerEnjeu.keySet()) {
            categories.add(referentiel.enjeu(enjeu).categorie());
        }
        boolean d = actionsPerEnjeu.containsKey(Method.DEMOCRATIE_LOCALE_ENJEU);
        int level = method.level(type, eligible, e, s, categories.size(), d);
        Set<String> mentions = new TreeSet<>();
        for (String mention : method.catalogue().keySet()) {
            String enjeu = method.mentionEnjeu(mention);
            if (level >= method.mentionMinLevel() && actionsPerEnjeu.getOrDefault(enjeu, 0) >= method.mentionMinActions()
                    && innovativePerEnjeu.getOrDefault(enjeu, 0) >= method.mentionMinInnovative()) {
                mentions.add(mention);
            }
        }
        return new Measures(level, actions.size(), eligible, mentions);
    }
}
