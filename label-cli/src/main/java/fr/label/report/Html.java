package fr.label.report;

import fr.label.Language;

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

    /** Escapes a value for HTML text and for double- or single-quoted attributes; null gives "". */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newlines are not allowed in HTML text.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
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
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(resource("report.css")).append("</style>\n")
                .append("</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">").append(esc(Text.SKIP.in(language))).append("</a>\n");
    }

    static void close(StringBuilder out, Language language, String script) {
        out.append("<footer class=\"site-footer\"><div class=\"wrap\"><p>")
                .append(esc(Text.FOOTER.in(language))).append("</p></div></footer>\n");
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
