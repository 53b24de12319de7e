package fr.label.rules.engine;

import fr.label.rules.facts.MentionCandidate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcomes of an edition's mention candidates, waiting for the awards. The awards need only
 * the candidates; the rest of an outcome (every action's result and explanations, about 40 kB for
 * a dossier of a hundred actions) is needed again only to write the final result. So the first
 * {@link #DEFAULT_IN_MEMORY} outcomes stay in memory, as an example edition's do, and those
 * beyond go to a temporary file, read back in order once the awards are decided: at national
 * scale (some 14,000 candidates), the live heap stays that of the dossiers in flight.
 * An outcome whose explanations carry a value the codec does not write stays in memory; a
 * temporary file that cannot be made leaves every outcome in memory.
 */
final class HeldOutcomes implements AutoCloseable {

    /** How many outcomes stay in memory before the others go to disk. */
    static final int DEFAULT_IN_MEMORY = 1_000;

    /** One held outcome: in memory, or at the next place of the file when {@code outcome} is null. */
    private record Held(int index, List<MentionCandidate> candidates, DossierOutcome outcome) {
    }

    /** Receives each held outcome, in the order it was held. */
    interface Visitor {
        void accept(int index, DossierOutcome outcome);
    }

    private final int inMemory;
    private final List<Held> held = new ArrayList<>();
    private final ByteArrayOutputStream record = new ByteArrayOutputStream(1 << 16);
    private int kept;
    private Path file;
    private DataOutputStream out;
    private boolean diskRefused;

    HeldOutcomes(int inMemory) {
        this.inMemory = inMemory;
    }

    void add(int index, DossierOutcome outcome) {
        if (kept < inMemory || diskRefused || !spill(outcome)) {
            held.add(new Held(index, outcome.candidates(), outcome));
            kept++;
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

    /** Each held outcome in the order it was held, read back from disk where it went there. */
    void forEach(Visitor visitor) {
        try (DataInputStream in = file == null ? null : reopen()) {
            for (Held h : held) {
                DossierOutcome outcome = h.outcome();
                if (outcome == null) {
                    in.readInt(); // the record's length, which only the writer needs
                    outcome = OutcomeCodec.read(in, h.candidates());
                }
                visitor.accept(h.index(), outcome);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the mention candidates' results from " + file, e);
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

    /** Writes the outcome to disk; false when it stays in memory. */
    private boolean spill(DossierOutcome outcome) {
        record.reset();
        try {
            OutcomeCodec.write(outcome, new DataOutputStream(record));
        } catch (OutcomeCodec.NotEncodable e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        try {
            if (out == null) {
                file = Files.createTempFile("label-candidates-", ".bin");
                file.toFile().deleteOnExit();
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            }
            out.writeInt(record.size());
            record.writeTo(out);
            return true;
        } catch (IOException e) {
            if (file == null || held.stream().noneMatch(h -> h.outcome() == null)) {
                // Nothing is on disk yet: the edition goes on in memory, as it did before this class.
                diskRefused = true;
                close();
                return false;
            }
            throw new UncheckedIOException("cannot write the mention candidates' results to " + file, e);
        }
    }

    private DataInputStream reopen() throws IOException {
        out.close();
        out = null;
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }
}
