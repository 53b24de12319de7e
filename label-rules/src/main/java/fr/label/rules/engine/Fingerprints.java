package fr.label.rules.engine;

import fr.label.RuleFile;
import fr.label.RuleSetFingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * The digest of a rule set's text and the library version, for its {@link RuleSetFingerprint}.
 *
 * <p>The digest is SHA-256 over the rule files sorted by file name (without folder), then by
 * content: for each, its file name, a zero byte, its text, a zero byte, in UTF-8. The text is
 * read with its line ends made {@code \n} and without a leading byte order mark, so that a
 * checkout with other line ends gives the same digest. Folders do not count: an exported copy of
 * an edition's rules has the digest of the shipped ones, wherever it lies.
 */
final class Fingerprints {

    /** The library's version, written into its resources by the build. */
    static final String LIBRARY = libraryVersion();

    private Fingerprints() {
    }

    static String digest(List<RuleFile> files) {
        List<RuleFile> ordered = files.stream()
                .sorted(Comparator.comparing(RuleFile::fileName).thenComparing(file -> text(file.content())))
                .toList();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : ordered) {
                sha.update(file.fileName().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text(file.content()).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return RuleSetFingerprint.SHA_256 + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text as it is digested: {@code \n} line ends, no byte order mark. */
    private static String text(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String libraryVersion() {
        Properties properties = new Properties();
        try (InputStream in = Fingerprints.class.getResourceAsStream("library.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "");
        // Unfiltered (the resources copied without the build): say so rather than print a placeholder.
        return version.isBlank() || version.contains("${") ? "development" : version.strip();
    }
}
