package fr.label.rules.engine;

import fr.label.dossier.Collectivite;
import fr.label.result.ActionResult;
import fr.label.result.EnjeuCoverage;
import fr.label.result.Excellence;
import fr.label.result.Explanation;
import fr.label.result.Mention;
import fr.label.result.NextLevel;
import fr.label.rules.facts.MentionCandidate;

import java.util.List;
import java.util.Map;

/**
 * What the rules decided for one dossier on its own, before the mentions are awarded across
 * the edition. It keeps the collectivité, not the dossier: an edition holds the outcomes of its
 * mention candidates until the awards, and the filed actions would be most of that memory.
 */
record DossierOutcome(int edition, Collectivite collectivite, int arobases, List<Mention> mentionsEligible,
                      List<MentionCandidate> candidates, Excellence excellence, Map<String, Integer> measures,
                      List<EnjeuCoverage> mosaique, List<ActionResult> actions, NextLevel nextLevel,
                      List<Explanation> explanations) {

    String code() {
        return collectivite.code();
    }
}
