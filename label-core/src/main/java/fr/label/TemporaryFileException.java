package fr.label;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * An edition stopped because its temporary file could not be written or read back. Beyond the
 * first thousand mention candidates, {@link LabelEngine#evaluateEdition} keeps their results in a
 * temporary file of {@code java.io.tmpdir} until the awards are decided (about 17 kB a candidate);
 * when the disk refuses to write it (full, a quota) or the file is deleted or cut short before it
 * is read back, the edition cannot finish. The results already given to the sink are not the whole
 * palmarès. The temporary file is deleted before this is thrown. The remedy is the machine's, not
 * the input's: free space in the folder, or point {@code java.io.tmpdir} to another one.
 *
 * <pre>{@code
 * try {
 *     engine.evaluateEdition(Path.of("national.json"), result -> csv.write(result));
 * } catch (TemporaryFileException e) {
 *     System.err.println(e.message(Language.EN));   // names the file, its folder and what to do
 * }
 * }</pre>
 */
public class TemporaryFileException extends UncheckedIOException {

    private final transient Path file;
    private final boolean writing;

    /**
     * @param file    the temporary file
     * @param writing true when it could not be written, false when it could not be read back
     * @param cause   what the disk answered
     */
    public TemporaryFileException(Path file, boolean writing, IOException cause) {
        super(text(Language.EN, file, writing), cause);
        this.file = file;
        this.writing = writing;
    }

    /** The temporary file (already deleted). */
    public Path file() {
        return file;
    }

    /** Whether it could not be written (else it could not be read back). */
    public boolean writing() {
        return writing;
    }

    /**
     * What people read, in the language: the file, its folder and what to do. {@link #getMessage()}
     * is the English one.
     */
    public String message(Language language) {
        return text(language, file, writing);
    }

    private static String text(Language language, Path file, boolean writing) {
        Path folder = file.toAbsolutePath().getParent();
        return RuleDiagnostics.text(language, writing ? "temporaryFile.cannotWrite" : "temporaryFile.cannotRead",
                file, folder);
    }
}
