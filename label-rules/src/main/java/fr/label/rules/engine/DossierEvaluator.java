package fr.label.rules.engine;

import fr.label.RuleFiringListener;
import fr.label.RuleDiagnostics;
import fr.label.Threshold;
import fr.label.RuleSetException;
import fr.label.dossier.Action;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.referentiel.Enjeu;
import fr.label.referentiel.Referentiel;
import fr.label.referentiel.Service;
import fr.label.result.ActionResult;
import fr.label.result.EnjeuCoverage;
import fr.label.result.Excellence;
import fr.label.result.Mention;
import fr.label.result.NextLevel;
import fr.label.result.Result;
import fr.label.result.Explanation;
import fr.label.result.Topic;
import fr.label.result.UnmetCondition;
import fr.label.rules.facts.ActionEligibility;
import fr.label.rules.facts.Deliberation;
import fr.label.rules.facts.Arobases;
import fr.label.rules.facts.ExplanationLog;
import fr.label.rules.facts.FiledAction;
import fr.label.rules.facts.Measure;
import fr.label.rules.facts.MentionCandidate;
import fr.label.rules.facts.MentionEligibility;
import fr.label.rules.facts.NextLevelTarget;
import fr.label.rules.facts.ThresholdCheck;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a rule set on one dossier in a session of its own and reads the decisions back. It
 * decides nothing: a decision the rules did not make is a broken rule set, reported as such.
 */
final class DossierEvaluator {

    private final RuleSet ruleSet;
    private final Referentiel referentiel;
    private final RuleFiringListener listener;
    private final int maxFirings;
    /** The figure rules' facts, run once for every dossier; {@code null}: each session fires them. */
    private final FigureFacts figures;

    DossierEvaluator(RuleSet ruleSet, Referentiel referentiel, RuleFiringListener listener, int maxFirings,
                     FigureFacts figures) {
        this.ruleSet = ruleSet;
        this.referentiel = referentiel;
        this.listener = listener;
        this.maxFirings = maxFirings;
        this.figures = figures;
    }

    /** A dossier evaluated alone, with its awards: it competes with no other dossier. */
    record Alone(DossierOutcome outcome, MentionJury.Awards awards) {
    }

    DossierOutcome evaluate(Dossier dossier) {
        return evaluate(dossier, false).outcome();
    }

    /**
     * Evaluates a dossier; with {@code withJury} (shipped rules only, whose award rules never
     * join a dossier's facts), the jury deliberates in the same session: a lone dossier's awards
     * cost no second session.
     */
    Alone evaluate(Dossier dossier, boolean withJury) {
        try {
            return evaluateIn(dossier, withJury);
        } catch (OutOfMemoryError e) {
            // Thrown here, after the session and its facts are gone. Shipped rules do not insert
            // without end: there the memory is simply too small, which is no rule's fault.
            if (ruleSet.shipped()) {
                throw e;
            }
            throw SessionGuard.outOfMemory(ruleSet, SessionGuard.Subject.dossier(dossier.code()), e);
        }
    }

    private Alone evaluateIn(Dossier dossier, boolean withJury) {
        ExplanationLog log = new ExplanationLog();
        KieSession session = ruleSet.newSession(referentiel, log, listener);
        boolean sound = false;
        try {
            List<FiledAction> filed = insert(session, dossier, withJury);
            SessionGuard.fire(ruleSet, referentiel, session, maxFirings, SessionGuard.Subject.dossier(dossier.code()),
                    replay -> insert(replay, dossier, withJury), figures == null ? null : figures.filter());
            Collection<?> facts = session.getObjects();
            DossierOutcome outcome = read(dossier, filed, facts, log);
            MentionJury.Awards awards = MentionJury.Awards.NONE;
            if (withJury && !outcome.candidates().isEmpty()) {
                awards = MentionJury.awardsOf(ruleSet, facts, log, outcome.candidates())
                        .getOrDefault(dossier.code(), MentionJury.Awards.NONE);
            }
            sound = true;
            return new Alone(outcome, awards);
        } finally {
            if (sound) {
                session.dispose();
            } else {
                session.destroy(); // a session its rules broke does not go back to the pool
            }
        }
    }

    /** Inserts the dossier's facts: the figures it can use, the dossier, its history, its actions as filed. */
    private List<FiledAction> insert(KieSession session, Dossier dossier, boolean withJury) {
        if (figures != null) {
            figures.insertForDossier(session, dossier.collectivite().type(), listener);
        }
        if (withJury) {
            session.insert(new Deliberation(ruleSet.edition()));
        }
        session.insert(dossier);
        for (HistoryEntry entry : dossier.history()) {
            session.insert(entry);
        }
        List<FiledAction> filed = new ArrayList<>(dossier.actions().size());
        Map<String, Integer> firstOfId = new HashMap<>();
        for (int i = 0; i < dossier.actions().size(); i++) {
            Action each = dossier.actions().get(i);
            Integer earlier = firstOfId.putIfAbsent(each.id(), i);
            FiledAction action = file(i, earlier == null ? i : earlier, each);
            filed.add(action);
            session.insert(action);
        }
        return filed;
    }

    /** Looks the action's services up in the référentiel: data the rules reason on, not a decision. */
    private FiledAction file(int position, int firstOfItsId, Action action) {
        List<Service> known = new ArrayList<>(action.services().size());
        List<String> unknown = new ArrayList<>(0);
        Set<String> enjeux = new LinkedHashSet<>();
        for (String code : action.services()) {
            Service service = referentiel.service(code).orElse(null);
            if (service == null) {
                unknown.add(code);
            } else {
                known.add(service);
                enjeux.add(service.enjeu());
            }
        }
        return new FiledAction(position, firstOfItsId, action, List.copyOf(known), List.copyOf(unknown), Set.copyOf(enjeux));
    }

    private DossierOutcome read(Dossier dossier, List<FiledAction> filed, Collection<?> facts, ExplanationLog log) {
        ActionEligibility[] eligibility = new ActionEligibility[filed.size()];
        Map<String, EnjeuCoverage> tiles = new HashMap<>();
        Map<String, Integer> measures = new LinkedHashMap<>();
        List<Arobases> levels = new ArrayList<>(1);
        List<Excellence> excellences = new ArrayList<>(1);
        List<MentionEligibility> mentions = new ArrayList<>();
        List<MentionCandidate> candidates = new ArrayList<>();
        List<UnmetCondition> unmet = new ArrayList<>();
        Integer nextLevel = null;
        List<Threshold> thresholds = new ArrayList<>();
        int checks = 0;
        for (Object fact : facts) {
            if (fact instanceof FiledAction) {
                continue; // the most numerous facts, with ActionEligibility: tested first
            }
            if (fact instanceof ActionEligibility decision) {
                if (eligibility[decision.position()] != null) {
                    throw broken("eval.twoEligibilities", decision.action().id(), dossier.code());
                }
                eligibility[decision.position()] = decision;
            } else if (fact instanceof EnjeuCoverage tile) {
                tiles.put(tile.enjeu().code(), tile);
            } else if (fact instanceof Measure measure) {
                measures.put(measure.name(), measure.value());
            } else if (fact instanceof Arobases level) {
                levels.add(level);
            } else if (fact instanceof Excellence excellence) {
                excellences.add(excellence);
            } else if (fact instanceof MentionEligibility mention) {
                mentions.add(mention);
            } else if (fact instanceof MentionCandidate candidate) {
                candidates.add(candidate);
            } else if (fact instanceof UnmetCondition condition) {
                unmet.add(condition);
            } else if (fact instanceof NextLevelTarget target) {
                nextLevel = target.level();
            } else if (fact instanceof Threshold threshold) {
                if (threshold.type() == dossier.collectivite().type()) {
                    thresholds.add(threshold);
                }
            } else if (fact instanceof ThresholdCheck) {
                checks++;
            }
        }
        // Explanations in the order of the data, whatever the order in which the rules fired.
        ExplanationOrder order = ruleSet.explanationOrder();
        List<List<ExplanationOrder.Entry>> aboutAction = new ArrayList<>(Collections.nCopies(filed.size(), List.of()));
        List<ExplanationOrder.Entry> all = new ArrayList<>(log.entries().size());
        for (ExplanationLog.Entry entry : log.entries()) {
            if (entry.dossierCode() != null) {
                continue; // the jury's, when it deliberates in the dossier's session
            }
            int position = entry.actionPosition();
            ExplanationOrder.Entry ordered = new ExplanationOrder.Entry(position, false, entry.explanation());
            all.add(ordered);
            if (position >= 0) {
                List<ExplanationOrder.Entry> about = aboutAction.get(position);
                if (about.isEmpty()) {
                    aboutAction.set(position, List.of(ordered));
                } else {
                    List<ExplanationOrder.Entry> more = new ArrayList<>(about);
                    more.add(ordered);
                    aboutAction.set(position, more);
                }
            }
        }
        List<ActionResult> actions = new ArrayList<>(filed.size());
        for (FiledAction action : filed) {
            ActionEligibility decision = eligibility[action.position()];
            if (decision == null) {
                throw broken("eval.noEligibility", action.id(), dossier.code());
            }
            actions.add(new ActionResult(action.id(), action.action().title(), decision.eligible(),
                    decision.reason(), action.unknownServices(),
                    order.sorted(aboutAction.get(action.position()))));
        }
        List<EnjeuCoverage> mosaique = new ArrayList<>(referentiel.enjeux().size());
        List<Enjeu> uncovered = new ArrayList<>();
        for (Enjeu enjeu : referentiel.enjeux()) {
            EnjeuCoverage tile = tiles.get(enjeu.code());
            if (tile == null) {
                throw broken("eval.noTile", enjeu.code(), dossier.code());
            }
            mosaique.add(tile);
            if (!tile.covered()) {
                uncovered.add(enjeu);
            }
        }
        if (checks != thresholds.size()) {
            for (Threshold threshold : thresholds) {
                if (!measures.containsKey(threshold.measure())) {
                    throw broken("eval.unknownMeasure", threshold.measure(), measures.keySet(), dossier.code());
                }
            }
            throw broken("eval.thresholdChecks", thresholds.size(), checks, dossier.code());
        }
        if (levels.size() != 1) {
            throw broken("eval.arobases", levels.size(), dossier.code());
        }
        if (excellences.size() != 1) {
            throw broken("eval.excellence", excellences.size(), dossier.code());
        }
        List<Mention> eligible = new ArrayList<>();
        for (Mention mention : ruleSet.catalogue()) {
            if (mentions.stream().anyMatch(m -> m.eligible() && m.mention().code().equals(mention.code()))) {
                eligible.add(mention);
            }
        }
        // Facts come back in firing order; show them in the order the rule files and the dossier use.
        List<String> measureOrder = ruleSet.measureOrder();
        Comparator<String> byTable = Comparator.comparingInt(name -> {
            int at = measureOrder.indexOf(name);
            return at < 0 ? Integer.MAX_VALUE : at;
        });
        unmet.sort(Comparator.comparing(UnmetCondition::measure, byTable));
        Comparator<String> canonical = Comparator.comparingInt(name -> {
            int at = Result.MEASURE_ORDER.indexOf(name);
            return at < 0 ? Integer.MAX_VALUE : at;
        });
        Map<String, Integer> orderedMeasures = new LinkedHashMap<>();
        measures.keySet().stream().sorted(canonical.thenComparing(Comparator.naturalOrder()))
                .forEach(name -> orderedMeasures.put(name, measures.get(name)));
        NextLevel next = nextLevel == null ? null : new NextLevel(nextLevel, unmet, uncovered);
        return new DossierOutcome(dossier.edition(), dossier.collectivite(), levels.get(0).level(), eligible, candidates, excellences.get(0),
                orderedMeasures, mosaique, actions, next, order.sorted(all));
    }

    /** A decision the rules did not make (or made twice), in words: see rule-diagnostics_*.properties. */
    private RuleSetException broken(String key, Object... arguments) {
        return new RuleSetException(ruleSet.name(), List.of(RuleDiagnostics.problem(null, 0, 0, key, arguments)));
    }
}
