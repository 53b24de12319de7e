package fr.label.rules.engine;

import fr.label.LabelEngine;
import fr.label.RuleFiringListener;
import fr.label.RuleInfo;
import fr.label.Threshold;
import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.dossier.DossierValidator;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.referentiel.Referentiel;
import fr.label.result.Explanation;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.PalmaresSummary;
import fr.label.result.Result;
import fr.label.rules.facts.MentionCandidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The engine: each dossier in a session of its own (on several threads for an edition), then
 * one session over the edition's mention candidates for the caps.
 */
public final class DroolsLabelEngine implements LabelEngine {

    private final RuleSet ruleSet;
    private final Referentiel referentiel;
    private final int threads;
    private final DossierEvaluator dossiers;
    private final MentionJury jury;

    public DroolsLabelEngine(RuleSet ruleSet, Referentiel referentiel, int threads, RuleFiringListener listener) {
        this.ruleSet = ruleSet;
        this.referentiel = referentiel;
        this.threads = threads;
        this.dossiers = new DossierEvaluator(ruleSet, referentiel, listener);
        this.jury = new MentionJury(ruleSet, referentiel, listener);
    }

    @Override
    public int edition() {
        return ruleSet.edition();
    }

    @Override
    public Referentiel referentiel() {
        return referentiel;
    }

    @Override
    public java.time.LocalDate juryDate() {
        return ruleSet.settings().juryDate();
    }

    @Override
    public List<Mention> catalogue() {
        return ruleSet.catalogue();
    }

    @Override
    public List<Threshold> thresholds() {
        return ruleSet.thresholds();
    }

    @Override
    public List<RuleInfo> rules() {
        return ruleSet.rules();
    }

    /** The compiled rules this engine runs. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    @Override
    public Result evaluate(Dossier dossier) {
        List<InputProblem> problems = new ArrayList<>(DossierValidator.problems(dossier));
        if (dossier.edition() != edition()) {
            problems.add(0, new InputProblem(null, "edition", "expected the engine's edition, " + edition()
                    + ", found " + dossier.edition()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DossierOutcome outcome = dossiers.evaluate(dossier);
        Map<String, MentionJury.Awards> awards = jury.award(outcome.candidates());
        return result(outcome, awards.getOrDefault(dossier.code(), MentionJury.Awards.NONE));
    }

    @Override
    public Palmares evaluateEdition(Candidatures candidatures) {
        if (candidatures.edition() != edition()) {
            throw new InvalidInputException(new InputProblem(candidatures.source(), "edition",
                    "expected the engine's edition, " + edition() + ", found " + candidatures.edition()));
        }
        List<DossierOutcome> outcomes = evaluateAll(candidatures.dossiers());
        List<MentionCandidate> candidates = new ArrayList<>();
        outcomes.forEach(outcome -> candidates.addAll(outcome.candidates()));
        Map<String, MentionJury.Awards> awards = jury.award(candidates);
        List<Result> results = new ArrayList<>(outcomes.size());
        for (DossierOutcome outcome : outcomes) {
            results.add(result(outcome, awards.getOrDefault(outcome.dossier().code(), MentionJury.Awards.NONE)));
        }
        return new Palmares(edition(), catalogue(), results, candidatures.rejections(),
                PalmaresSummary.of(results, candidatures.rejections(), catalogue()));
    }

    private List<DossierOutcome> evaluateAll(List<Dossier> all) {
        if (threads == 1 || all.size() < 2) {
            return all.stream().map(dossiers::evaluate).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> IntStream.range(0, all.size()).parallel()
                    .mapToObj(i -> dossiers.evaluate(all.get(i))).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating edition " + edition(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private Result result(DossierOutcome outcome, MentionJury.Awards awards) {
        List<Mention> awarded = outcome.mentionsEligible().stream()
                .filter(m -> awards.awarded().contains(m.code())).toList();
        List<Explanation> explanations = outcome.explanations();
        if (!awards.explanations().isEmpty()) {
            explanations = new ArrayList<>(explanations);
            explanations.addAll(awards.explanations());
        }
        Dossier dossier = outcome.dossier();
        return new Result(dossier.edition(), dossier.collectivite(), outcome.arobases(),
                outcome.mentionsEligible(), awarded, outcome.excellence(), outcome.measures(),
                outcome.mosaique(), outcome.actions(), outcome.nextLevel(), explanations);
    }
}
