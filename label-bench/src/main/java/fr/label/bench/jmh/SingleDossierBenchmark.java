package fr.label.bench.jmh;

import fr.label.LabelEngine;
import fr.label.bench.Outcome;
import fr.label.bench.ReferenceEvaluator;
import fr.label.bench.Workloads;
import fr.label.dossier.Dossier;
import fr.label.result.Result;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** One ville's dossier (no action, 20, 60 or 200) evaluated alone, warm: the rules against the reference evaluator. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleDossierBenchmark {

    @Param({"0", "20", "60", "200"})
    public int actions;

    private LabelEngine engine;
    private ReferenceEvaluator reference;
    private Dossier dossier;

    @Setup
    public void setUp() {
        engine = LabelEngine.forEdition(Workloads.EDITION);
        reference = ReferenceEvaluator.forEdition(Workloads.EDITION);
        dossier = Workloads.singleDossier(actions);
    }

    @Benchmark
    public Result engine() {
        return engine.evaluate(dossier);
    }

    @Benchmark
    public Outcome reference() {
        return reference.evaluate(dossier);
    }
}
