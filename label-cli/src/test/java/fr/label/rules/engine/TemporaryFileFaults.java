package fr.label.rules.engine;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * For the command line's tests: runs the tool with every mention candidate's outcome bound for
 * the temporary file, and a disk that refuses it. The seam, {@link HeldOutcomes#substitute}, is
 * package-private: this class sits in the engine's package, on the tests' class path only.
 */
public final class TemporaryFileFaults {

    private static final AtomicReference<Path> FILE = new AtomicReference<>();

    private TemporaryFileFaults() {
    }

    /** The temporary file of the last run, as the disk saw it. */
    public static Path lastFile() {
        return FILE.get();
    }

    /** Runs {@code run} with a disk that takes the temporary file's first write, then refuses as a full one does. */
    public static <T> T refusingWrites(Supplier<T> run) {
        return with(new Disk(false), run);
    }

    /** Runs {@code run} with the temporary file deleted just before it is read back, as a cleaner of /tmp would. */
    public static <T> T deletedBeforeReadBack(Supplier<T> run) {
        return with(new Disk(true), run);
    }

    private static <T> T with(Disk disk, Supplier<T> run) {
        FILE.set(null);
        HeldOutcomes.substitute = new HeldOutcomes.Substitute(0, disk);
        try {
            return run.get();
        } finally {
            HeldOutcomes.substitute = null;
        }
    }

    private record Disk(boolean deleteBeforeReading) implements HeldOutcomes.Disk {

        @Override
        public OutputStream create(Path file) throws IOException {
            FILE.set(file);
            return new FilterOutputStream(Files.newOutputStream(file)) {
                private int writes;

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (!deleteBeforeReading && writes > 0) {
                        throw new IOException("No space left on device");
                    }
                    writes++;
                    out.write(bytes, offset, length);
                }

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }
            };
        }

        @Override
        public InputStream open(Path file) throws IOException {
            if (deleteBeforeReading) {
                Files.delete(file);
            }
            return Files.newInputStream(file);
        }
    }
}
