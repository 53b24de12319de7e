package fr.label.rules.engine;

import fr.label.TemporaryFileException;
import fr.label.rules.facts.MentionCandidate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The outcomes of an edition's mention candidates, waiting for the awards. The awards need only
 * the candidates; the rest of an outcome (every action's result and explanations, about 40 kB for
 * a dossier of a hundred actions) is needed again only to write the final result. So the first
 * {@link #DEFAULT_IN_MEMORY} outcomes stay in memory, as an example edition's do, and those
 * beyond go to a temporary file, read back in order once the awards are decided: at national
 * scale (some 14,000 candidates), the live heap stays that of the dossiers in flight. The
 * evaluation threads write an outcome's bytes and decode them back, so that the disk costs the
 * thread feeding the edition little more than a copy.
 * An outcome whose explanations carry a value the codec does not write stays in memory; a
 * temporary file that cannot be made leaves every outcome in memory. Once outcomes are on disk, a
 * disk that refuses to write, or a file that cannot be read back, stops the edition with a
 * {@link TemporaryFileException}: the outcomes on disk are lost, so no palmarès can be whole.
 */
final class HeldOutcomes implements AutoCloseable {

    /** How many outcomes stay in memory before the others go to disk. */
    static final int DEFAULT_IN_MEMORY = 1_000;

    /** One held outcome: in memory, or at the next place of the file when {@code outcome} is null. */
    private record Held(int index, List<MentionCandidate> candidates, DossierOutcome outcome) {
    }

    /** A stand-in for the files of {@code java.io.tmpdir}, for tests: a disk that refuses. */
    interface Disk {
        OutputStream create(Path file) throws IOException;

        InputStream open(Path file) throws IOException;
    }

    /** What a test substitutes for the editions to come: how many outcomes stay in memory, and the disk. */
    record Substitute(int inMemory, Disk disk) {
    }

    /**
     * A test seam, null otherwise: read once by each new edition, so that a test of the command
     * line reaches the engine it builds. Tests set it and clear it in a finally.
     */
    static volatile Substitute substitute;

    /** Receives each held outcome, in the order it was held. */
    interface Visitor {
        void accept(int index, DossierOutcome outcome);
    }

    private final int inMemory;
    /** The words of the outcomes on disk, for the whole edition. */
    private final OutcomeCodec.Words words = new OutcomeCodec.Words();
    /** A test's disk, or null: the files themselves. */
    private final Disk disk;
    private final List<Held> held = new ArrayList<>();
    private int kept;
    /** Read by the evaluation threads, which then write the outcome's bytes themselves. */
    private volatile boolean spilling;
    private Path file;
    private DataOutputStream out;
    private boolean diskRefused;

    HeldOutcomes(int inMemory) {
        Substitute test = substitute;
        this.inMemory = test == null ? inMemory : test.inMemory();
        this.disk = test == null ? null : test.disk();
        this.spilling = this.inMemory <= 0;
    }

    /** Whether the next outcomes go to disk: then an evaluation thread may {@link #encode} them. */
    boolean spilling() {
        return spilling;
    }

    /**
     * The outcome as bytes, or {@code null} when it carries a value the codec does not write.
     * Called by the evaluation threads.
     */
    byte[] encode(DossierOutcome outcome) {
        RecordBytes.Output bytes = new RecordBytes.Output(1 << 13);
        try {
            OutcomeCodec.write(outcome, bytes, words);
        } catch (OutcomeCodec.NotEncodable e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * Holds an outcome until the awards.
     *
     * @param encoded the outcome's bytes when an evaluation thread made them, else {@code null}
     * @throws TemporaryFileException when the disk refuses it after other outcomes went there
     */
    void add(int index, DossierOutcome outcome, byte[] encoded) {
        if (kept < inMemory || diskRefused) {
            keep(index, outcome);
            return;
        }
        byte[] bytes = encoded != null ? encoded : encode(outcome);
        if (bytes == null || !spill(bytes)) {
            keep(index, outcome);
        } else {
            held.add(new Held(index, outcome.candidates(), null));
        }
    }

    /** Every held candidate, for the awards. */
    List<MentionCandidate> candidates() {
        List<MentionCandidate> candidates = new ArrayList<>();
        held.forEach(h -> candidates.addAll(h.candidates()));
        return candidates;
    }

    /**
     * Each held outcome in the order it was held, those on disk read back in order and decoded
     * on the executor when there is one, {@code window} at a time.
     *
     * @throws TemporaryFileException when the last outcomes cannot be written or the file cannot be read back
     */
    void forEach(Visitor visitor, ExecutorService executor, int window) {
        Deque<Ready> ready = new ArrayDeque<>();
        try (DataInputStream in = file == null ? null : reopen()) {
            for (Held h : held) {
                Future<DossierOutcome> outcome;
                if (h.outcome() != null) {
                    outcome = CompletableFuture.completedFuture(h.outcome());
                } else {
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    Callable<DossierOutcome> decode = () -> OutcomeCodec.read(
                            new RecordBytes.Input(bytes), h.candidates(), words);
                    outcome = executor == null ? CompletableFuture.completedFuture(decode.call()) : executor.submit(decode);
                }
                ready.addLast(new Ready(h.index(), outcome));
                while (ready.size() >= window) {
                    ready.removeFirst().visit(visitor);
                }
            }
            while (!ready.isEmpty()) {
                ready.removeFirst().visit(visitor);
            }
        } catch (IOException e) {
            throw new TemporaryFileException(file, false, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Ready(int index, Future<DossierOutcome> outcome) {
        void visit(Visitor visitor) throws IOException, InterruptedException {
            try {
                visitor.accept(index, outcome.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Deletes the temporary file, if any. */
    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // closing before deleting: nothing to keep
        } finally {
            out = null;
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // left to the JVM's exit (deleteOnExit): the run's results are unaffected
                }
                file = null;
            }
        }
    }

    private void keep(int index, DossierOutcome outcome) {
        held.add(new Held(index, outcome.candidates(), outcome));
        kept++;
        spilling = kept >= inMemory && !diskRefused;
    }

    /** Writes the outcome's bytes to disk; false when it stays in memory. */
    private boolean spill(byte[] bytes) {
        try {
            if (out == null) {
                file = Files.createTempFile("label-candidates-", ".bin");
                file.toFile().deleteOnExit();
                out = new DataOutputStream(new BufferedOutputStream(
                        disk == null ? Files.newOutputStream(file) : disk.create(file), 1 << 16));
            }
            out.writeInt(bytes.length);
            out.write(bytes);
            return true;
        } catch (IOException e) {
            if (file == null || held.stream().noneMatch(h -> h.outcome() == null)) {
                // Nothing is on disk yet: the edition goes on in memory, as it did before this class.
                diskRefused = true;
                spilling = false;
                close();
                return false;
            }
            // Outcomes are on disk, maybe lost with the write: the edition cannot be whole.
            throw new TemporaryFileException(file, true, e);
        }
    }

    /** The file to read back, once its last outcomes are written (the buffer's, which may fail as any write). */
    private DataInputStream reopen() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw new TemporaryFileException(file, true, e);
        } finally {
            out = null;
        }
        return new DataInputStream(new BufferedInputStream(disk == null ? Files.newInputStream(file) : disk.open(file),
                1 << 16));
    }
}
