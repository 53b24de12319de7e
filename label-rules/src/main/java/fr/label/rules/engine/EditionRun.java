package fr.label.rules.engine;

import fr.label.dossier.Dossier;
import fr.label.dossier.Rejection;
import fr.label.result.Explanation;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.spi.CandidatureHandler;
import fr.label.spi.SummaryTally;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One evaluation of an edition, fed dossier by dossier: each dossier is evaluated in a session of
 * its own (on several threads when asked), a few at a time, and its result goes out as soon as
 * it is final. Results of dossiers eligible for a mention wait for the awards, decided over the
 * whole edition at the end. Memory holds the dossiers in flight and the mention candidates; the
 * rest of a candidate's outcome waits on disk beyond the first thousand ({@link HeldOutcomes}).
 */
final class EditionRun implements CandidatureHandler {

    /** Receives each final result with its position in the edition. */
    interface Sink {
        void accept(int index, Result result);
    }

    private record Pending(int index, Future<Evaluated> outcome) {
    }

    /** A dossier's outcome, with its bytes when an evaluation thread wrote them for the disk. */
    private record Evaluated(DossierOutcome outcome, byte[] encoded) {
    }

    private final RuleSet ruleSet;
    private final DossierEvaluator dossiers;
    private final MentionJury jury;
    private final Sink sink;
    private final ExecutorService executor;
    private final int window;
    private final Deque<Pending> inFlight = new ArrayDeque<>();
    private final HeldOutcomes held;
    private final List<Rejection> rejections = new ArrayList<>();
    private final SummaryTally tally;

    /** With how many mention candidates' outcomes stay in memory before the others go to disk. */
    EditionRun(RuleSet ruleSet, DossierEvaluator dossiers, MentionJury jury, int threads, Sink sink,
               int heldInMemory) {
        this.held = new HeldOutcomes(heldInMemory);
        this.ruleSet = ruleSet;
        this.dossiers = dossiers;
        this.jury = jury;
        this.sink = sink;
        this.tally = new SummaryTally(ruleSet.catalogue());
        this.executor = threads > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
        // Enough dossiers in flight to keep every thread busy, few enough to bound memory (in long:
        // threads * 8 overflows an int from 268,435,456 threads).
        this.window = (int) Math.min(Integer.MAX_VALUE, threads * 8L);
    }

    @Override
    public void valid(int index, Dossier dossier) {
        if (executor == null) {
            done(index, new Evaluated(dossiers.evaluate(dossier), null));
            return;
        }
        inFlight.addLast(new Pending(index, executor.submit(() -> evaluated(dossier))));
        while (inFlight.size() >= window) {
            drainOne();
        }
    }

    @Override
    public void rejected(Rejection rejection) {
        rejections.add(rejection);
    }

    /** Finishes the evaluation: the awards over the edition, the held results, the figures. */
    Palmares finish() {
        try {
            while (!inFlight.isEmpty()) {
                drainOne();
            }
            Map<String, MentionJury.Awards> awards = jury.award(held.candidates());
            held.forEach((index, outcome) ->
                    emit(index, outcome, awards.getOrDefault(outcome.code(), MentionJury.Awards.NONE)),
                    executor, window);
        } finally {
            stop();
        }
        rejections.sort(java.util.Comparator.comparingInt(Rejection::index));
        return new Palmares(ruleSet.edition(), ruleSet.catalogue(), List.of(), rejections,
                tally.summary(rejections.size()), ruleSet.fingerprint());
    }

    /** Stops the threads, e.g. when the reading failed half-way, and deletes the held outcomes' file. */
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
        held.close();
    }

    private void drainOne() {
        Pending pending = inFlight.removeFirst();
        try {
            done(pending.index(), pending.outcome().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating edition " + ruleSet.edition(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** On an evaluation thread: a candidate's outcome bound for the disk is written there, in parallel. */
    private Evaluated evaluated(Dossier dossier) {
        DossierOutcome outcome = dossiers.evaluate(dossier);
        boolean toDisk = !outcome.candidates().isEmpty() && held.spilling();
        return new Evaluated(outcome, toDisk ? held.encode(outcome) : null);
    }

    private void done(int index, Evaluated evaluated) {
        DossierOutcome outcome = evaluated.outcome();
        if (outcome.candidates().isEmpty()) {
            emit(index, outcome, MentionJury.Awards.NONE);
        } else {
            held.add(index, outcome, evaluated.encoded());
        }
    }

    private void emit(int index, DossierOutcome outcome, MentionJury.Awards awards) {
        Result result = result(outcome, awards, ruleSet.explanationOrder(), ruleSet.fingerprint());
        tally.add(result);
        sink.accept(index, result);
    }

    /** The final result: the dossier's own decisions plus the awards of the edition, and which rules made them. */
    static Result result(DossierOutcome outcome, MentionJury.Awards awards, ExplanationOrder order,
                         fr.label.RuleSetFingerprint rules) {
        List<Mention> awarded = outcome.mentionsEligible().stream()
                .filter(m -> awards.awarded().contains(m.code())).toList();
        List<Explanation> explanations = order.withJury(outcome.explanations(), awards.explanations());
        return new Result(outcome.edition(), outcome.collectivite(), outcome.arobases(),
                outcome.mentionsEligible(), awarded, outcome.excellence(), outcome.measures(),
                outcome.mosaique(), outcome.actions(), outcome.nextLevel(), explanations, rules);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "label-evaluation");
            thread.setDaemon(true);
            return thread;
        };
    }
}
