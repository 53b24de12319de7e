package fr.label.rules.engine;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.TemporaryFileException;
import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.sketch.DossierSketch;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The mention candidates' outcomes an edition keeps on disk until the awards come back equal to
 * those kept in memory: same results, same order, and no temporary file left behind. When the
 * disk refuses the file or it cannot be read back, the edition stops with the API's
 * {@link TemporaryFileException}, and the file is gone.
 */
class HeldOutcomesTest {

    /** Thirty dossiers of every type, most of them mention candidates, with refused actions and history. */
    private static List<Dossier> edition() {
        return edition(30);
    }

    /** That many dossiers, as {@link #edition()}'s. */
    private static List<Dossier> edition(int count) {
        CollectiviteType[] types = CollectiviteType.values();
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CollectiviteType type = types[i % types.length];
            DossierSketch sketch = DossierSketch.of(2023,
                            Collectivite.of(String.format("98X%02d", i), "Commune d'essai n°" + i + " « é »", type))
                    .profile(20 + i, 6 + i % 8, i % 3, 4, i % 2 == 0);
            if (i % 4 != 3) {
                sketch.innovativeActionsIn(i % 2 == 0 ? "EDUCATION" : "CULTURE_PATRIMOINE", 1 + i % 4);
            }
            if (i % 5 == 0) {
                sketch.fiveArobasesIn(2019, 2021);
            }
            // A duplicate, an unknown service and an action not started yet: refused, with their reasons.
            sketch.action(new Action("dup-" + i, "Doublon", List.of("SVC-INCONNU"), LocalDate.of(2021, 3, 1), null, false));
            sketch.action(new Action("dup-" + i, "Doublon encore", List.of("SVC-INCONNU"), LocalDate.of(2021, 3, 1), null,
                    false));
            sketch.action(new Action("late-" + i, "Trop tard", List.of("SVC-INCONNU"), LocalDate.of(2030, 1, 1), null,
                    true));
            dossiers.add(sketch.build());
        }
        return dossiers;
    }

    private static List<Result> streamed(DroolsLabelEngine engine, List<Dossier> dossiers) {
        List<Result> results = new ArrayList<>();
        engine.evaluateEdition(dossiers.iterator(), results::add);
        return results;
    }

    private static DroolsLabelEngine engine(int threads) {
        return (DroolsLabelEngine) LabelEngine.builder().edition(2023).threads(threads).build();
    }

    private static Set<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("label-candidates-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void outcomesKeptOnDiskGiveTheResultsOfOutcomesKeptInMemory() throws IOException {
        List<Dossier> dossiers = edition();
        List<Result> inMemory = streamed(engine(1), dossiers);
        assertThat(inMemory.stream().filter(r -> !r.mentionsEligible().isEmpty()).count())
                .as("mention candidates, which wait for the awards").isGreaterThan(5);
        Set<Path> before = temporaryFiles();

        for (int kept : new int[] {0, 3}) {
            for (int threads : new int[] {1, 2}) {
                DroolsLabelEngine engine = engine(threads);
                engine.keepInMemory(kept);
                assertThat(streamed(engine, dossiers)).as("%d kept in memory, %d threads", kept, threads)
                        .containsExactlyElementsOf(inMemory);
            }
        }
        assertThat(temporaryFiles()).as("the temporary files are deleted").isEqualTo(before);
    }

    @Test
    void anEditionInMemoryGetsTheSameResultsWithItsCandidatesOnDisk() {
        List<Dossier> dossiers = edition();
        Palmares inMemory = engine(2).evaluateEdition(dossiers);
        DroolsLabelEngine engine = engine(2);
        engine.keepInMemory(0);

        assertThat(engine.evaluateEdition(dossiers)).isEqualTo(inMemory);
    }

    /**
     * A disk that takes the first {@code accepted} writes of the file, then refuses every other
     * one as a full disk does; reading back is the file's.
     */
    private static class RefusingDisk implements HeldOutcomes.Disk {
        private final int accepted;
        final AtomicInteger written = new AtomicInteger();
        final AtomicReference<Path> file = new AtomicReference<>();

        RefusingDisk(int accepted) {
            this.accepted = accepted;
        }

        @Override
        public OutputStream create(Path path) throws IOException {
            file.set(path);
            return new FilterOutputStream(Files.newOutputStream(path)) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (written.get() >= accepted) {
                        throw new IOException("No space left on device");
                    }
                    written.incrementAndGet();
                    out.write(bytes, offset, length);
                }

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }
            };
        }

        @Override
        public InputStream open(Path path) throws IOException {
            return Files.newInputStream(path);
        }
    }

    /** Runs {@code edition} with this disk and that many outcomes in memory, and gives what it threw. */
    private static TemporaryFileException failure(int inMemory, HeldOutcomes.Disk disk, Supplier<?> edition) {
        HeldOutcomes.substitute = new HeldOutcomes.Substitute(inMemory, disk);
        try {
            return catchThrowableOfType(TemporaryFileException.class, edition::get);
        } finally {
            HeldOutcomes.substitute = null;
        }
    }

    @Test
    void aDiskRefusingToWriteAfterSomeOutcomesStopsTheEditionWithTheApisExceptionAndLeavesNoFile() throws IOException {
        // Enough candidates for their outcomes to fill the file's buffer more than twice.
        List<Dossier> dossiers = edition(120);
        long candidates = streamed(engine(1), dossiers).stream().filter(r -> !r.mentionsEligible().isEmpty()).count();
        Set<Path> before = temporaryFiles();

        for (int threads : new int[] {1, 2}) {
            RefusingDisk disk = new RefusingDisk(1);
            List<Result> given = new ArrayList<>();
            DroolsLabelEngine engine = engine(threads);
            TemporaryFileException refused = failure(0, disk,
                    () -> engine.evaluateEdition(dossiers.iterator(), given::add));

            assertThat(refused).as("%d threads", threads).isNotNull();
            assertThat(disk.written.get()).as("outcomes were on disk before it refused").isEqualTo(1);
            assertThat(refused.writing()).isTrue();
            assertThat(refused.file()).isEqualTo(disk.file.get()).doesNotExist();
            assertThat(refused.getCause()).hasMessage("No space left on device");
            assertThat(refused.getMessage()).startsWith("cannot write the mention candidates' temporary file "
                    + refused.file() + ": ").contains("Free space in " + refused.file().getParent(), "java.io.tmpdir");
            assertThat(refused.message(Language.FR)).startsWith("impossible d'écrire le fichier temporaire des "
                    + "candidats aux mentions " + refused.file() + " : ").contains(refused.file().getParent().toString());
            // Results are given as the edition goes: some, but never a candidate's.
            assertThat(given).as("no candidate's result was given: the palmarès is not whole")
                    .isNotEmpty().hasSizeLessThanOrEqualTo(dossiers.size() - (int) candidates)
                    .allMatch(r -> r.mentionsEligible().isEmpty());
        }
        DroolsLabelEngine whole = engine(2);
        assertThat(failure(0, new RefusingDisk(1), () -> whole.evaluateEdition(dossiers)))
                .as("an edition held in memory fails alike").isNotNull();
        assertThat(temporaryFiles()).as("the temporary files are deleted").isEqualTo(before);
    }

    @Test
    void aDiskRefusingTheLastOutcomesWhenTheFileIsReadBackIsAWriteFailureToo() {
        List<Dossier> dossiers = edition();
        int candidates = (int) streamed(engine(1), dossiers).stream().filter(r -> !r.mentionsEligible().isEmpty()).count();
        // The last two outcomes go to disk, and stay in the file's buffer until it is read back.
        RefusingDisk disk = new RefusingDisk(0);
        DroolsLabelEngine engine = engine(1);

        TemporaryFileException refused = failure(candidates - 2, disk,
                () -> engine.evaluateEdition(dossiers.iterator(), result -> { }));

        assertThat(refused).isNotNull();
        assertThat(refused.writing()).isTrue();
        assertThat(refused.file()).doesNotExist();
    }

    @Test
    void aFileDeletedOrCutShortBeforeItIsReadBackStopsTheEditionWithTheApisException() throws IOException {
        List<Dossier> dossiers = edition();
        Set<Path> before = temporaryFiles();
        HeldOutcomes.Disk deleted = new RefusingDisk(Integer.MAX_VALUE) {
            @Override
            public InputStream open(Path path) throws IOException {
                Files.delete(path); // a cleaner of the temporary folder came by
                return Files.newInputStream(path);
            }
        };
        HeldOutcomes.Disk cutShort = new RefusingDisk(Integer.MAX_VALUE) {
            @Override
            public InputStream open(Path path) throws IOException {
                byte[] bytes = Files.readAllBytes(path);
                return new ByteArrayInputStream(bytes, 0, bytes.length / 2);
            }
        };

        for (HeldOutcomes.Disk disk : List.of(deleted, cutShort)) {
            DroolsLabelEngine engine = engine(2);
            TemporaryFileException lost = failure(0, disk, () -> engine.evaluateEdition(dossiers.iterator(), r -> { }));

            assertThat(lost).isNotNull();
            assertThat(lost.writing()).isFalse();
            assertThat(lost.file()).doesNotExist();
            assertThat(lost.getMessage()).startsWith("cannot read back the mention candidates' temporary file "
                    + lost.file() + ": ").contains("java.io.tmpdir");
            assertThat(lost.message(Language.FR)).startsWith("impossible de relire le fichier temporaire");
        }
        assertThat(temporaryFiles()).isEqualTo(before);
    }
}
