package fr.label;

import java.util.Objects;

/**
 * Which rules made a result, so that a published result can be traced to the exact rules: the
 * edition the rule set is for, a digest of its rule files' text and the version of the library
 * that ran them. The digest is computed from the {@code .drl} text (file names and contents, see
 * the README's "Formats"), not from compiled classes: the same rules give the same digest in every
 * build, and an exported copy of an edition's rules has the digest of the shipped ones.
 *
 * <pre>{@code
 * RuleSetFingerprint rules = engine.fingerprint();   // also result.rules() and palmares.rules()
 * rules.digest();                                     // "sha256:3f2a…" (64 hexadecimal digits)
 * rules.describe(Language.FR);                        // "édition 2023, empreinte 3f2a9c1b2d4e, label 0.1.0"
 * }</pre>
 *
 * @param edition the palmarès year the rule set is for
 * @param digest  {@code sha256:} followed by the 64 hexadecimal digits of the rule files' digest
 * @param library the version of the library that evaluated, e.g. {@code 0.1.0}
 */
public record RuleSetFingerprint(int edition, String digest, String library) {

    /** The prefix of {@link #digest()}, naming its algorithm. */
    public static final String SHA_256 = "sha256:";
    /** How many hexadecimal digits {@link #shortDigest()} keeps: enough to tell rule sets apart by eye. */
    public static final int SHORT = 12;

    public RuleSetFingerprint {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(library, "library");
    }

    /** The first {@value #SHORT} hexadecimal digits of the digest, as reports show it. */
    public String shortDigest() {
        String hex = digest.startsWith(SHA_256) ? digest.substring(SHA_256.length()) : digest;
        return hex.substring(0, Math.min(SHORT, hex.length()));
    }

    /** "édition 2023, empreinte 3f2a9c1b2d4e, label 0.1.0" or "edition 2023, fingerprint 3f2a9c1b2d4e, label 0.1.0". */
    public String describe(Language language) {
        return language == Language.EN
                ? "edition " + edition + ", fingerprint " + shortDigest() + ", label " + library
                : "édition " + edition + ", empreinte " + shortDigest() + ", label " + library;
    }
}
