package fr.label.report;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A file or a folder written whole or not at all. It is written under a hidden temporary name
 * beside its target ({@code .NAME.label-tmp-XXXXXXXX}, in the same folder so that the rename
 * stays on one file system), then renamed into place by {@link #commit()}: until then an existing
 * target is untouched. {@link #close()} without a commit deletes what was written, and so does a
 * shutdown hook when the JVM stops half-way (Ctrl-C, SIGTERM), together with the parent folders
 * created for the target.
 *
 * <pre>{@code
 * try (StagedOutput staged = StagedOutput.file(Path.of("palmares.json"))) {
 *     try (Writer out = new OutputStreamWriter(staged.stream(), UTF_8)) { ... }
 *     staged.commit();
 * }
 * }</pre>
 *
 * <p>A folder target that exists is replaced as a whole, and only when it is empty or when
 * {@code replaceable} accepts it (a site written before): its old content is moved aside, the
 * new folder renamed into place, then the old content deleted; a folder holding anything else
 * is refused before anything is written. A file target is replaced by an atomic rename.
 */
public final class StagedOutput implements AutoCloseable {

    private enum State { OPEN, COMMITTED, DISCARDED }

    /** Guards the creation of staged files and the renames against the shutdown hook. */
    private static final Object LOCK = new Object();
    private static final Set<StagedOutput> UNFINISHED = new LinkedHashSet<>();
    private static boolean stopping;
    private static boolean hooked;

    private final Path target;
    private final Path absolute;
    private final Path staging;
    private final boolean folder;
    private final List<Path> madeParents;
    private final List<OutputStream> streams = new ArrayList<>();
    private volatile IOException failure;
    private State state = State.OPEN;
    private Path displaced;

    private StagedOutput(Path target, boolean folder, Predicate<Path> replaceable) {
        this.target = target;
        this.absolute = target.toAbsolutePath().normalize();
        this.folder = folder;
        if (absolute.getParent() == null || absolute.getFileName() == null) {
            throw new UnusableTargetException(target, folder ? UnusableTargetException.Reason.ROOT_FOR_FOLDER
                    : UnusableTargetException.Reason.ROOT_FOR_FILE);
        }
        if (!folder && Files.isDirectory(absolute)) {
            throw new UnusableTargetException(target, UnusableTargetException.Reason.FOLDER_FOR_FILE);
        }
        if (folder && Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new UnusableTargetException(target, UnusableTargetException.Reason.NOT_A_FOLDER);
            }
            if (!isEmpty(absolute) && !replaceable.test(absolute)) {
                throw new UnusableTargetException(target, UnusableTargetException.Reason.FOLDER_OF_OTHER_FILES);
            }
        }
        List<Path> missing = new ArrayList<>();
        for (Path parent = absolute.getParent(); parent != null && !Files.exists(parent); parent = parent.getParent()) {
            missing.add(parent);
        }
        this.madeParents = missing;
        synchronized (LOCK) {
            checkNotStopping();
            hook();
            Path chosen;
            try {
                Files.createDirectories(absolute.getParent());
                chosen = create(folder);
            } catch (IOException e) {
                deleteParents();
                throw cannotWrite(e);
            }
            this.staging = chosen;
            UNFINISHED.add(this);
        }
    }

    /**
     * A target that cannot be one: a folder where a file is wanted, a folder of other files...
     * Its message is English; {@link #reason()} lets a caller say it in the user's language.
     */
    public static final class UnusableTargetException extends IllegalArgumentException {

        /** Why the target cannot be one. */
        public enum Reason {
            ROOT_FOR_FILE("expected a file name, not the root of the file system"),
            ROOT_FOR_FOLDER("expected a folder name, not the root of the file system"),
            FOLDER_FOR_FILE("is a folder; expected a file name"),
            NOT_A_FOLDER("exists and is not a folder"),
            FOLDER_OF_OTHER_FILES("the folder exists and holds other files than the pages written by label; "
                    + "give a new or empty folder");

            private final String english;

            Reason(String english) {
                this.english = english;
            }
        }

        private final transient Path target;
        private final Reason reason;

        UnusableTargetException(Path target, Reason reason) {
            super(target + ": " + reason.english);
            this.target = target;
            this.reason = reason;
        }

        /** The target, as given. */
        public Path target() {
            return target;
        }

        /** Why it cannot be one. */
        public Reason reason() {
            return reason;
        }
    }

    /**
     * A file target: write it through {@link #stream()}.
     *
     * @throws UnusableTargetException when the target is a folder
     */
    public static StagedOutput file(Path target) {
        return new StagedOutput(target, false, p -> false);
    }

    /**
     * A folder target: write its files through {@link #stream(String)}.
     *
     * @param replaceable whether an existing, non-empty target may be replaced as a whole
     * @throws UnusableTargetException when the target exists and is not a folder, or holds files
     *                                 {@code replaceable} refuses
     */
    public static StagedOutput folder(Path target, Predicate<Path> replaceable) {
        return new StagedOutput(target, true, replaceable);
    }

    /** The target, as given. */
    public Path target() {
        return target;
    }

    /** The stream of a file target, opened once; closed by {@link #commit()}. */
    public OutputStream stream() {
        if (folder) {
            throw new IllegalStateException("a folder target is written file by file: stream(name)");
        }
        synchronized (LOCK) {
            return streams.isEmpty() ? open(staging) : streams.get(0);
        }
    }

    /** A new file of a folder target, e.g. {@code collectivites/84031.html}; the caller closes it. */
    public OutputStream stream(String relative) {
        if (!folder) {
            throw new IllegalStateException("a file target has one stream: stream()");
        }
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("expected a file inside the folder, found " + relative);
        }
        return open(file);
    }

    /** Writes a whole file of a folder target in UTF-8. */
    public void write(String relative, String text) {
        try (OutputStream out = stream(relative)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /**
     * Renames what was written into place; when anything failed to be written, deletes it instead.
     *
     * @throws UncheckedIOException when a write or the rename failed, or the JVM is stopping
     */
    public void commit() {
        closeStreams();
        IOException failed = failure;
        if (failed != null) {
            close();
            throw cannotWrite(failed);
        }
        synchronized (LOCK) {
            if (state != State.OPEN) {
                throw new IllegalStateException(target + " was already " + state.name().toLowerCase());
            }
            if (stopping) {
                discard();
                throw stopped();
            }
            try {
                if (folder && Files.isDirectory(absolute) && !isEmpty(absolute)) {
                    displaced = unused(sibling("old"));
                    Files.move(absolute, displaced, StandardCopyOption.ATOMIC_MOVE);
                    try {
                        Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException e) {
                        Files.move(displaced, absolute, StandardCopyOption.ATOMIC_MOVE);
                        displaced = null;
                        throw e;
                    }
                } else {
                    // rename(2): replaces a file, or an empty folder, in one step.
                    Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
                }
                state = State.COMMITTED;
            } catch (IOException e) {
                discard();
                throw cannotWrite(e);
            }
        }
        if (displaced != null) {
            deleteTree(displaced);
        }
        synchronized (LOCK) {
            UNFINISHED.remove(this);
        }
    }

    /** Deletes what was written, unless it was committed. */
    @Override
    public void close() {
        synchronized (LOCK) {
            if (state == State.OPEN) {
                discard();
            }
        }
    }

    /** Under LOCK. */
    private void discard() {
        state = State.DISCARDED;
        closeStreams();
        deleteTree(staging);
        deleteParents();
        UNFINISHED.remove(this);
    }

    private OutputStream open(Path file) {
        synchronized (LOCK) {
            checkNotStopping();
            if (state != State.OPEN) {
                throw new IllegalStateException(target + " was already " + state.name().toLowerCase());
            }
            try {
                Files.createDirectories(file.getParent());
                // A file target's staging file exists already (created to reserve its name); a folder's files are new.
                StandardOpenOption create = folder ? StandardOpenOption.CREATE_NEW : StandardOpenOption.TRUNCATE_EXISTING;
                OutputStream out = new Recording(new BufferedOutputStream(Files.newOutputStream(file, create,
                        StandardOpenOption.WRITE), 64 * 1024));
                if (!folder) {
                    streams.add(out);
                }
                return out;
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }
    }

    private void closeStreams() {
        List<OutputStream> open;
        synchronized (LOCK) {
            open = new ArrayList<>(streams);
            streams.clear();
        }
        for (OutputStream out : open) {
            try {
                out.close();
            } catch (IOException e) {
                // recorded as the failure by Recording
            }
        }
    }

    private Path sibling(String kind) {
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        return absolute.resolveSibling("." + absolute.getFileName() + ".label-" + kind + "-" + random);
    }

    private Path create(boolean directory) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = sibling("tmp");
            try {
                return directory ? Files.createDirectory(candidate) : Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 10) {
                    throw taken;
                }
            }
        }
    }

    private Path unused(Path first) {
        Path candidate = first;
        while (Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            candidate = sibling("old");
        }
        return candidate;
    }

    private void deleteParents() {
        for (Path parent : madeParents) {
            try {
                Files.deleteIfExists(parent);
            } catch (DirectoryNotEmptyException used) {
                return; // something else was written there meanwhile: keep it
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // best effort: what cannot be deleted stays, under its hidden temporary name
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort, as above
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + folder + ": " + reason(e), e);
        }
    }

    private UncheckedIOException cannotWrite(IOException e) {
        return new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
    }

    private UncheckedIOException stopped() {
        return new UncheckedIOException(new IOException("stopped before the end: " + target + " was not written"));
    }

    private void checkNotStopping() {
        if (stopping) {
            throw stopped();
        }
    }

    /** What went wrong, in words: Java names only the file for some failures. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    /** Under LOCK: one hook for the JVM, deleting every staged output left when it stops. */
    private static void hook() {
        if (!hooked) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(StagedOutput::stopAll, "label-unfinished-output"));
            } catch (IllegalStateException shuttingDown) {
                stopping = true;
                throw new UncheckedIOException(new IOException("stopped before the end: nothing was written"));
            }
            hooked = true;
        }
    }

    private static void stopAll() {
        List<StagedOutput> committed = new ArrayList<>();
        List<StagedOutput> unfinished = new ArrayList<>();
        synchronized (LOCK) {
            stopping = true; // from now on no staged file is created nor renamed
            for (StagedOutput output : UNFINISHED) {
                (output.state == State.COMMITTED ? committed : unfinished).add(output);
            }
        }
        // A committed folder only has its old content left to delete.
        committed.forEach(output -> deleteTree(output.displaced));
        for (StagedOutput output : unfinished) {
            deleteTree(output.staging);
            output.deleteParents();
        }
    }

    /** Remembers the first failure of a write, which {@link #commit()} reports. */
    private final class Recording extends FilterOutputStream {
        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
