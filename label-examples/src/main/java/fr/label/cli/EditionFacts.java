package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.referentiel.Referentiel;
import fr.label.result.Mention;
import fr.label.rules.engine.DroolsLabelEngine;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.facts.MentionKind;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reports say of an edition beyond the results: its jury date, its mention caps,
 * whether it awards the excellence distinction, as the engine's rules define them (unknown
 * when the engine is not the Drools one).
 *
 * @param juryDate          the reference date, or {@code null} when unknown
 * @param caps              the cap of each capped mention, by code
 * @param excellenceExists  whether the edition awards the distinction, or {@code null} when unknown
 */
record EditionFacts(int edition, Referentiel referentiel, List<Mention> catalogue, LocalDate juryDate,
                    Map<String, Integer> caps, Boolean excellenceExists) {

    static EditionFacts of(LabelEngine engine) {
        if (engine instanceof DroolsLabelEngine drools) {
            RuleSet rules = drools.ruleSet();
            Map<String, Integer> caps = new LinkedHashMap<>();
            for (MentionKind kind : rules.mentionKinds()) {
                if (kind.capped()) {
                    caps.put(kind.code(), kind.cap());
                }
            }
            return new EditionFacts(engine.edition(), engine.referentiel(), engine.catalogue(),
                    rules.settings().juryDate(), caps, rules.settings().excellenceAwarded());
        }
        return new EditionFacts(engine.edition(), engine.referentiel(), engine.catalogue(), null, Map.of(), null);
    }
}
