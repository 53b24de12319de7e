package fr.label.examples.generate;

import fr.label.dossier.Collectivite;
import fr.label.dossier.HistoryEntry;

import java.util.List;
import java.util.Map;

/**
 * What one dossier of an example edition is meant to obtain, before its actions are planned.
 *
 * @param collectivite who files it
 * @param edition      the palmarès year
 * @param level        the arobases its actions must give
 * @param mentions     the mentions it must be eligible for, by mention code (none other)
 * @param history      its earlier results
 * @param filed        exact number of actions filed, or {@code null} to let the planner choose
 * @param ineligible   exact number of ineligible actions among them, or {@code null} to draw it
 * @param featured     actions the dossier must contain, with their title (published facts)
 * @param adjustable   whether the planner may add or remove eligible actions to reach an edition total
 */
record DossierIntent(Collectivite collectivite, int edition, int level, Map<String, MentionIntent> mentions,
                     List<HistoryEntry> history, Integer filed, Integer ineligible, List<Featured> featured,
                     boolean adjustable) {

    /**
     * Eligibility for one mention: this many innovative eligible actions in the mention's enjeu
     * (the jury's first ranking key) among at least this many eligible actions there.
     */
    record MentionIntent(int innovative, int enjeuActions) {
    }

    /** An action with a given service and title. */
    record Featured(String service, String title) {
    }
}
