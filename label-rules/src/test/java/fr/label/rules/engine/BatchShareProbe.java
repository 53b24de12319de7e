package fr.label.rules.engine;

import fr.label.LabelEngine;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.referentiel.Referentiel;
import fr.label.rules.facts.ExplanationLog;
import fr.label.sketch.DossierSketch;
import org.kie.api.runtime.KieSession;

import java.util.Locale;

/**
 * What evaluating dossiers in batches could save at most, measured before choosing (the issue on
 * performance, round 2): the part of a dossier's evaluation that a session shared by several
 * dossiers would pay once per batch instead of once per dossier — taking a session from the pool,
 * giving it the figures (settings and thresholds), firing it and handing it back — against the
 * whole evaluation of a dossier, CPU time of this thread, the two in turns, median of the rounds.
 * Not a test (nothing to assert): run by hand, see docs/performance.md.
 *
 * <pre>
 * mvn -B -o -q -pl label-cli -am package -DskipTests &amp;&amp; mvn -B -o -q -pl label-rules test-compile
 * java -cp label-rules/target/test-classes:label-cli/target/label.jar fr.label.rules.engine.BatchShareProbe 9
 * </pre>
 */
final class BatchShareProbe {

    public static void main(String[] args) throws ReflectiveOperationException {
        ThreadCpu cpu = new ThreadCpu();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        RuleSet ruleSet = ShippedRuleSets.ruleSet(2023);
        Referentiel referentiel = Referentiel.defaultReferentiel();
        FigureFacts figures = FigureFacts.capture(ruleSet, referentiel);
        if (figures == null) {
            throw new IllegalStateException("the shipped rules' figures are expected to be captured once");
        }
        DossierEvaluator evaluator = new DossierEvaluator(ruleSet, referentiel, null,
                LabelEngine.DEFAULT_MAX_FIRINGS, figures);
        System.out.printf(Locale.ROOT, "%-12s %14s %14s %8s%n", "dossier", "whole (us)", "shared (us)", "share");
        for (int actions : new int[] {0, 20, 100, 200}) {
            Dossier dossier = dossier(actions);
            int repeat = actions >= 100 ? 200 : 1000;
            double[] whole = new double[rounds];
            double[] shared = new double[rounds];
            for (int round = -3; round < rounds; round++) { // three rounds of warm-up
                double w = cpu.perOperation(repeat, () -> evaluator.evaluate(dossier));
                double s = cpu.perOperation(repeat, () -> sessionWithFigures(ruleSet, referentiel, figures, dossier));
                if (round >= 0) {
                    whole[round] = w;
                    shared[round] = s;
                }
            }
            double w = ThreadCpu.median(whole) / 1000;
            double s = ThreadCpu.median(shared) / 1000;
            System.out.printf(Locale.ROOT, "%3d actions  %14.1f %14.1f %7.1f%%%n", actions, w, s, 100 * s / w);
        }
    }

    /** What a batch would pay once: a pooled session given the figures, fired on no dossier, handed back. */
    private static void sessionWithFigures(RuleSet ruleSet, Referentiel referentiel, FigureFacts figures, Dossier dossier) {
        KieSession session = ruleSet.newSession(referentiel, new ExplanationLog());
        try {
            figures.insertForDossier(session, dossier.collectivite().type(), null);
            session.fireAllRules(figures.filter());
        } finally {
            session.dispose();
        }
    }

    /** A ville whose actions are all eligible, spread over the enjeux (none when {@code actions} is 0). */
    private static Dossier dossier(int actions) {
        DossierSketch sketch = DossierSketch.of(2023, Collectivite.of("99X01", "Commune d'essai", CollectiviteType.VILLE));
        if (actions > 0) {
            sketch.profile(actions, Math.min(12, actions / 2), Math.min(4, actions / 4), 4, true);
        }
        return sketch.build();
    }
}
