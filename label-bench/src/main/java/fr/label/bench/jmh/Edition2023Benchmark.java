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

/** The example edition 2023 (257 dossiers), warm, on 1 and 2 threads: the rules against the reference. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Edition2023Benchmark {

    @Param({"1", "2"})
    public int threads;

    private LabelEngine engine;
    private ReferenceEvaluator reference;
    /** Sorted into valid and rejected ones by each evaluation, as an application's dossiers are. */
    private List<Dossier> candidatures;

    @Setup
    public void setUp() {
        engine = LabelEngine.builder().edition(Workloads.EDITION).threads(threads).build();
        reference = ReferenceEvaluator.forEdition(Workloads.EDITION);
        candidatures = Workloads.exampleEdition();
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
