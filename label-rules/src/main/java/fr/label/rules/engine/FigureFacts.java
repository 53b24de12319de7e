package fr.label.rules.engine;

import fr.label.RuleFiringListener;
import fr.label.Threshold;
import fr.label.dossier.CollectiviteType;
import fr.label.referentiel.Referentiel;
import fr.label.rules.facts.ExplanationLog;
import fr.label.spi.EngineSettings;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts that the rules with no condition insert (the thresholds table, the settings, the
 * mention catalogue), run once per engine and handed to every session as they are, instead of
 * firing the same rules again in every session: those rules were about half of a small dossier's
 * firings. The rules still decide the figures, once; a dossier's session gets the lines of the
 * thresholds table of its own type only, the only ones a dossier's rules can join.
 *
 * <p>Used only when it cannot change a result: the figure rules run on no dossier record no
 * explanation, no other rule fires there, and every fact they insert is a record, which no rule
 * can change while sessions on other threads share it. Otherwise (a rule author's set that does
 * otherwise) every session fires the figure rules itself, as before.
 */
final class FigureFacts {

    private final Set<String> rules;
    private final List<Object> settings;
    private final List<Threshold> untyped;
    private final Map<CollectiviteType, List<Threshold>> thresholds;
    private final AgendaFilter skipFigureRules;

    private FigureFacts(Set<String> rules, List<Object> facts) {
        this.rules = Set.copyOf(rules);
        List<Object> others = new ArrayList<>();
        List<Threshold> withoutType = new ArrayList<>();
        Map<CollectiviteType, List<Threshold>> byType = new EnumMap<>(CollectiviteType.class);
        for (Object fact : facts) {
            if (fact instanceof Threshold threshold) {
                if (threshold.type() == null) {
                    withoutType.add(threshold);
                } else {
                    byType.computeIfAbsent(threshold.type(), type -> new ArrayList<>()).add(threshold);
                }
            } else {
                others.add(fact);
            }
        }
        this.settings = List.copyOf(others);
        this.untyped = List.copyOf(withoutType);
        this.thresholds = byType;
        this.skipFigureRules = match -> !this.rules.contains(match.getRule().getName());
    }

    /**
     * Runs the rule set's figure rules on no dossier and keeps what they insert, or returns
     * {@code null} when handing those facts out could differ from firing the rules in each session.
     */
    static FigureFacts capture(RuleSet ruleSet, Referentiel referentiel) {
        Set<String> figureRules = ruleSet.unconditionalRules();
        if (figureRules.isEmpty()) {
            return null;
        }
        ExplanationLog log = new ExplanationLog();
        KieSession session = ruleSet.newSession(referentiel, log);
        Set<String> fired = new LinkedHashSet<>();
        List<Object> facts = new ArrayList<>();
        List<String> inserters = new ArrayList<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    facts.add(event.getObject());
                    inserters.add(event.getRule() == null ? null : event.getRule().getName());
                }
            });
            SessionGuard.fire(ruleSet, referentiel, session, EngineSettings.DEFAULT_MAX_FIRINGS,
                    SessionGuard.Subject.RULE_SET, replay -> { });
        } catch (RuntimeException e) {
            return null; // the rule set's own checks report it, with its message
        } finally {
            session.destroy();
        }
        boolean onlyByFigureRules = inserters.stream().allMatch(rule -> rule != null && figureRules.contains(rule));
        // Shared by every session on every thread: only facts no rule can change (records).
        boolean unchangeable = facts.stream().allMatch(fact -> fact.getClass().isRecord());
        if (!onlyByFigureRules || !unchangeable || !log.entries().isEmpty() || !fired.equals(figureRules)) {
            return null;
        }
        return new FigureFacts(figureRules, facts);
    }

    /** Lets every rule fire but the figure rules, whose facts the session was given. */
    AgendaFilter filter() {
        return skipFigureRules;
    }

    /** Inserts the figures a dossier of this type can use, and tells the listener their rules fired. */
    void insertForDossier(KieSession session, CollectiviteType type, RuleFiringListener listener) {
        announce(listener);
        settings.forEach(session::insert);
        untyped.forEach(session::insert);
        thresholds.getOrDefault(type, List.of()).forEach(session::insert);
    }

    /** Inserts every figure, for a session over the whole edition. */
    void insertAll(KieSession session, RuleFiringListener listener) {
        announce(listener);
        settings.forEach(session::insert);
        untyped.forEach(session::insert);
        thresholds.values().forEach(lines -> lines.forEach(session::insert));
    }

    /** A coverage run counts the figure rules once per session, as when they fired there. */
    private void announce(RuleFiringListener listener) {
        if (listener != null) {
            rules.forEach(listener::fired);
        }
    }
}
