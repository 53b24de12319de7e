package fr.label.rules.engine;

import fr.label.LabelEngine;
import fr.label.RuleFiringListener;
import fr.label.RuleInfo;
import fr.label.Threshold;
import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.json.LabelJson;
import fr.label.referentiel.Referentiel;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.spi.CandidatureSorter;
import fr.label.dossier.DossierValidator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The engine: each dossier in a session of its own (on several threads for an edition), then
 * one session over the edition's mention candidates for the caps.
 */
public final class DroolsLabelEngine implements LabelEngine {

    private final RuleSet ruleSet;
    private final Referentiel referentiel;
    private final int threads;
    private final DossierEvaluator evaluator;
    private final MentionJury jury;
    /** How many mention candidates' outcomes an edition keeps in memory; a test lowers it to exercise the disk. */
    private volatile int heldInMemory = HeldOutcomes.DEFAULT_IN_MEMORY;

    /**
     * @param maxFirings the most rule firings a dossier may take (the mentions' deliberation: per candidate)
     */
    public DroolsLabelEngine(RuleSet ruleSet, Referentiel referentiel, int threads, RuleFiringListener listener,
                             int maxFirings) {
        this.ruleSet = ruleSet;
        this.referentiel = referentiel;
        this.threads = threads;
        FigureFacts figures = FigureFacts.capture(ruleSet, referentiel);
        this.evaluator = new DossierEvaluator(ruleSet, referentiel, listener, maxFirings, figures);
        this.jury = new MentionJury(ruleSet, referentiel, listener, maxFirings, figures);
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

    @Override
    public fr.label.RuleSetFingerprint fingerprint() {
        return ruleSet.fingerprint();
    }

    /** Keeps at most that many mention candidates' outcomes of an edition in memory (tests: 0, every one on disk). */
    void keepInMemory(int outcomes) {
        this.heldInMemory = outcomes;
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
        if (ruleSet.shipped()) {
            DossierEvaluator.Alone alone = evaluator.evaluate(dossier, true);
            return EditionRun.result(alone.outcome(), alone.awards(), ruleSet.explanationOrder(), ruleSet.fingerprint());
        }
        DossierOutcome outcome = evaluator.evaluate(dossier);
        Map<String, MentionJury.Awards> awards = jury.award(outcome.candidates());
        return EditionRun.result(outcome, awards.getOrDefault(dossier.code(), MentionJury.Awards.NONE),
                ruleSet.explanationOrder(), ruleSet.fingerprint());
    }

    @Override
    public Palmares evaluateEdition(Candidatures candidatures) {
        if (candidatures.edition() != edition()) {
            throw new InvalidInputException(new InputProblem(candidatures.source(), "edition",
                    "expected the engine's edition, " + edition() + ", found " + candidatures.edition()));
        }
        Result[] results = new Result[candidatures.dossiers().size()];
        EditionRun run = new EditionRun(ruleSet, evaluator, jury, threads, (index, result) -> results[index] = result,
                heldInMemory);
        try {
            for (int i = 0; i < results.length; i++) {
                run.valid(i, candidatures.dossiers().get(i));
            }
        } catch (RuntimeException e) {
            run.stop();
            throw e;
        }
        candidatures.rejections().forEach(run::rejected);
        Palmares figures = run.finish();
        return new Palmares(edition(), catalogue(), List.of(results), figures.rejections(), figures.summary(),
                figures.rules());
    }

    @Override
    public Palmares evaluateEdition(LabelJson.Input input, Consumer<Result> sink) {
        if (input.kind() == LabelJson.FileKind.EDITION && input.edition() != edition()) {
            throw new InvalidInputException(new InputProblem(input.source(), "edition",
                    "expected the engine's edition, " + edition() + ", found " + input.edition()));
        }
        EditionRun run = new EditionRun(ruleSet, evaluator, jury, threads, (index, result) -> sink.accept(result),
                heldInMemory);
        try {
            input.dossiers(run);
        } catch (RuntimeException e) {
            run.stop();
            throw e;
        }
        return run.finish();
    }

    @Override
    public Palmares evaluateEdition(Iterator<Dossier> dossiers, Consumer<Result> sink) {
        EditionRun run = new EditionRun(ruleSet, evaluator, jury, threads, (index, result) -> sink.accept(result),
                heldInMemory);
        CandidatureSorter sorter = new CandidatureSorter(edition(), null, run);
        try {
            for (int index = 0; dossiers.hasNext(); index++) {
                sorter.offer(index, dossiers.next());
            }
        } catch (RuntimeException e) {
            run.stop();
            throw e;
        }
        return run.finish();
    }
}
