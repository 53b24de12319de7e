package fr.label.rules.engine;

import fr.label.RuleFiringListener;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import fr.label.referentiel.Referentiel;
import fr.label.result.Explanation;
import fr.label.rules.facts.Deliberation;
import fr.label.rules.facts.ExplanationLog;
import fr.label.rules.facts.MentionAward;
import fr.label.rules.facts.MentionCandidate;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the award rules once over every eligible dossier of an edition, since the caps and the
 * ranking need them all at once.
 */
final class MentionJury {

    /** The awards of one dossier and their explanations. */
    record Awards(List<String> awarded, List<Explanation> explanations) {
        static final Awards NONE = new Awards(List.of(), List.of());
    }

    private final RuleSet ruleSet;
    private final Referentiel referentiel;
    private final RuleFiringListener listener;

    MentionJury(RuleSet ruleSet, Referentiel referentiel, RuleFiringListener listener) {
        this.ruleSet = ruleSet;
        this.referentiel = referentiel;
        this.listener = listener;
    }

    /** The awarded mention codes and explanations, by collectivité code. */
    Map<String, Awards> award(List<MentionCandidate> candidates) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        ExplanationLog log = new ExplanationLog();
        KieSession session = ruleSet.newSession(referentiel, log, listener);
        Collection<?> facts;
        try {
            session.insert(new Deliberation(ruleSet.edition()));
            candidates.forEach(session::insert);
            try {
                session.fireAllRules();
            } catch (RuntimeException e) {
                throw new RuleSetException(ruleSet.name(), new RuleProblem(null, 0, 0,
                        "a rule failed while awarding the mentions: " + DossierEvaluator.rootMessage(e)), e);
            }
            facts = new ArrayList<>(session.getObjects());
        } finally {
            session.dispose();
        }
        Map<String, List<String>> awarded = new HashMap<>();
        Map<String, Integer> decisions = new HashMap<>();
        for (Object fact : facts) {
            if (fact instanceof MentionAward award) {
                decisions.merge(award.code() + "\u0000" + award.mention(), 1, Integer::sum);
                if (award.awarded()) {
                    awarded.computeIfAbsent(award.code(), code -> new ArrayList<>()).add(award.mention());
                }
            }
        }
        for (MentionCandidate candidate : candidates) {
            Integer count = decisions.get(candidate.code() + "\u0000" + candidate.mention());
            if (count == null || count != 1) {
                throw new RuleSetException(ruleSet.name(), List.of(new RuleProblem(null, 0, 0,
                        "expected one award decision on the " + candidate.mention() + " mention of "
                                + candidate.code() + ", found " + (count == null ? 0 : count))));
            }
        }
        Map<String, List<Explanation>> explanations = new HashMap<>();
        for (ExplanationLog.Entry entry : log.entries()) {
            if (entry.dossierCode() != null) {
                explanations.computeIfAbsent(entry.dossierCode(), code -> new ArrayList<>()).add(entry.explanation());
            }
        }
        Map<String, Awards> byCode = new HashMap<>();
        for (MentionCandidate candidate : candidates) {
            byCode.computeIfAbsent(candidate.code(), code -> new Awards(
                    awarded.getOrDefault(code, List.of()), explanations.getOrDefault(code, List.of())));
        }
        return byCode;
    }
}
