package fr.label.bench.jmh;

import fr.label.LabelEngine;
import fr.label.bench.EditionOutcome;
import fr.label.bench.ReferenceEvaluator;
import fr.label.bench.Workloads;
import fr.label.dossier.Dossier;
import fr.label.result.Palmares;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * 10,000 generated dossiers (5 to 200 actions each, about a million actions), on 1 and 2
 * threads: the rules against the reference. Each operation takes seconds, hence single shots.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeneratedEditionBenchmark {

    @Param({"1", "2"})
    public int threads;

    @Param({"10000"})
    public int dossiers;

    private LabelEngine engine;
    private ReferenceEvaluator reference;
    /** Sorted into valid and rejected ones by each evaluation, as an application's dossiers are. */
    private List<Dossier> candidatures;

    @Setup
    public void setUp() {
        engine = LabelEngine.builder().edition(Workloads.EDITION).threads(threads).build();
        reference = ReferenceEvaluator.forEdition(Workloads.EDITION);
        candidatures = Workloads.generated(dossiers).list();
    }

    @Benchmark
    public Palmares engine() {
        return engine.evaluateEdition(candidatures);
    }

    @Benchmark
    public EditionOutcome reference() {
        return reference.evaluateEdition(candidatures, threads);
    }
}
