package fr.label.rules.engine;

import fr.label.RuleFiringListener;
import fr.label.RuleDiagnostics;
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
    private final int maxFirings;
    /** The figure rules' facts, run once; {@code null}: the session fires them. */
    private final FigureFacts figures;

    MentionJury(RuleSet ruleSet, Referentiel referentiel, RuleFiringListener listener, int maxFirings,
                FigureFacts figures) {
        this.ruleSet = ruleSet;
        this.referentiel = referentiel;
        this.listener = listener;
        this.maxFirings = maxFirings;
        this.figures = figures;
    }

    /** The awarded mention codes and explanations, by collectivité code. */
    Map<String, Awards> award(List<MentionCandidate> candidates) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        ExplanationLog log = new ExplanationLog();
        Collection<?> facts;
        try {
            facts = deliberate(candidates, log);
        } catch (OutOfMemoryError e) {
            if (ruleSet.shipped()) {
                throw e;
            }
            throw SessionGuard.outOfMemory(ruleSet, SessionGuard.Subject.DELIBERATION, e);
        }
        return awardsOf(ruleSet, facts, log, candidates);
    }

    /**
     * The awards the rules decided, read from a session's facts and log: every candidate must
     * have exactly one decision per mention it is a candidate for.
     */
    static Map<String, Awards> awardsOf(RuleSet ruleSet, Collection<?> facts, ExplanationLog log,
                                        List<MentionCandidate> candidates) {
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
                throw new RuleSetException(ruleSet.name(), List.of(RuleDiagnostics.problem(null, 0, 0,
                        "eval.award", candidate.mention(), candidate.code(), count == null ? 0 : count)));
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

    /** The deliberation's facts once its rules have fired: the limit is the dossiers' one, per candidate. */
    private Collection<?> deliberate(List<MentionCandidate> candidates, ExplanationLog log) {
        KieSession session = ruleSet.newSession(referentiel, log, listener);
        boolean sound = false;
        try {
            insert(session, candidates);
            SessionGuard.fire(ruleSet, referentiel, session, (long) maxFirings * candidates.size(),
                    SessionGuard.Subject.DELIBERATION, replay -> insert(replay, candidates),
                    figures == null ? null : figures.filter());
            Collection<?> facts = new ArrayList<>(session.getObjects());
            sound = true;
            return facts;
        } finally {
            if (sound) {
                session.dispose();
            } else {
                session.destroy();
            }
        }
    }

    private void insert(KieSession session, List<MentionCandidate> candidates) {
        if (figures != null) {
            figures.insertAll(session, listener);
        }
        session.insert(new Deliberation(ruleSet.edition()));
        candidates.forEach(session::insert);
    }
}
