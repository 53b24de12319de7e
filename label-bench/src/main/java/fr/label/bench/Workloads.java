package fr.label.bench;

import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.examples.ExampleEditions;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The inputs every benchmark figure is measured on, in one place so that the JMH benchmarks,
 * the runner's checks and the national-scale run agree on them.
 */
public final class Workloads {

    /** The edition of every benchmark: the example edition 2023 has 257 dossiers. */
    public static final int EDITION = 2023;
    /** The seed of every synthetic workload. */
    public static final long SEED = 42;
    /** The national scale: about every commune of France, with 5 to 200 actions each (~100 on average). */
    public static final int NATIONAL_DOSSIERS = 35_000;
    public static final int GENERATED_DOSSIERS = 10_000;

    private Workloads() {
    }

    /**
     * A realistic dossier of a ville filing exactly this many actions: the first ville the
     * seeded generator draws with that many actions.
     */
    public static Dossier singleDossier(int actions) {
        SyntheticEditions editions = SyntheticEditions.of(EDITION).dossiers(1_000).seed(SEED)
                .actions(actions, actions).build();
        return IntStream.range(0, editions.size()).mapToObj(editions::dossier)
                .filter(d -> d.collectivite().type() == CollectiviteType.VILLE)
                .findFirst().orElseThrow();
    }

    /** The example edition 2023 (257 dossiers, about 58 actions each). */
    public static List<Dossier> exampleEdition() {
        return ExampleEditions.read(EDITION).dossiers();
    }

    /** Realistic generated dossiers (5 to 200 actions), as many as asked. */
    public static SyntheticEditions generated(int dossiers) {
        return SyntheticEditions.of(EDITION).dossiers(dossiers).seed(SEED).build();
    }
}
