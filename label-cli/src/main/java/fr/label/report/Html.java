package fr.label.report;

import fr.label.Language;
import fr.label.RuleSetFingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;

/**
 * The one HTML escaper of the project, and the page frame shared by the report pages (numbers,
 * dates and ordinals are {@link Typography}'s).
 */
final class Html {

    private static final String RESOURCES = "/fr/label/report/";

    private Html() {
    }

    /**
     * Escapes a value for HTML text and for double- or single-quoted attributes; null gives "".
     * Control characters, which HTML does not allow, are replaced by visible ones ({@link SafeText}).
     */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = SafeText.htmlText(value.toString());
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A value from the data shown in a page: escaped, and isolated in a {@code <bdi>} when it could
     * turn the direction of the text around it (a right-to-left name, a bidi override), so that
     * it never reorders the words of the page beside it.
     */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String escaped = esc(value);
        return SafeText.needsIsolation(value.toString()) ? "<bdi>" + escaped + "</bdi>" : escaped;
    }

    static String lang(Language language) {
        return language == Language.EN ? "en" : "fr";
    }

    /** Lower case without accents, for searching: "Évry-Courcouronnes" gives "evry-courcouronnes". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    static String resource(String name) {
        try (InputStream in = Html.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source for an inline script: only this exact script may run. */
    static String scriptHash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The start of a page: doctype, language, a content security policy that forbids every
     * network access (nothing is ever fetched: styles and the script are inline), the styles.
     */
    static void open(StringBuilder out, Language language, String title, String script) {
        String scriptSource = script == null ? "'none'" : scriptHash(script);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang(language)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src ").append(scriptSource)
                .append("; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"generator\" content=\"label\">\n")
                // The title bar cannot isolate a value: bidi controls in a name are replaced there.
                .append("<title>").append(esc(SafeText.plain(title))).append("</title>\n")
                .append("<style>\n").append(resource("report.css")).append("</style>\n")
                .append("</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">").append(esc(Text.SKIP.in(language))).append("</a>\n");
    }

    /**
     * The end of a page: the footer, with which rules made the results when known, then the script.
     *
     * @param rules the fingerprint of the rules that made the page's results, or {@code null}
     */
    static void close(StringBuilder out, Language language, String script, RuleSetFingerprint rules) {
        out.append("<footer class=\"site-footer\"><div class=\"wrap\"><p>")
                .append(esc(Text.FOOTER.in(language))).append("</p>");
        if (rules != null) {
            out.append("<p class=\"rules\" data-edition=\"").append(rules.edition()).append("\" data-digest=\"")
                    .append(esc(rules.digest())).append("\" data-library=\"").append(esc(rules.library())).append("\">")
                    .append(esc(Text.FOOTER_RULES.in(language, rules.describe(language)))).append("</p>");
        }
        out.append("</div></footer>\n");
        if (script != null) {
            out.append("<script>").append(script).append("</script>\n");
        }
        out.append("</body>\n</html>\n");
    }

    /** The blue band at the top of every page. */
    static void banner(StringBuilder out, Language language, String kicker, String title, String subtitle) {
        out.append("<header class=\"banner\"><div class=\"wrap\">")
                .append("<p class=\"kicker\">").append(esc(kicker)).append("</p>")
                .append("<h1>").append(esc(title)).append("</h1>");
        if (subtitle != null) {
            out.append("<p class=\"subtitle\">").append(esc(subtitle)).append("</p>");
        }
        out.append("</div></header>\n");
    }

    /** The @ level as a bold badge, e.g. "4@", read out as "4 arobases". */
    static String badge(int arobases, Language language) {
        return "<span class=\"badge badge-" + arobases + "\" title=\"" + esc(Text.AROBASES_N.in(language, arobases))
                + "\"><span aria-hidden=\"true\">" + arobases + "@</span><span class=\"sr-only\">"
                + esc(Text.AROBASES_N.in(language, arobases)) + "</span></span>";
    }
}
