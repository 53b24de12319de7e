package fr.label.cli;

import fr.label.Language;
import fr.label.report.Typography;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small helpers for plain-text reports: widths, padding, bars, wrapping. Numbers, dates and
 * ordinals are {@link Typography}'s, as in the HTML pages.
 */
final class PlainText {

    static final int WIDTH = 100;

    private PlainText() {
    }

    /** Columns a text takes in a terminal (combining marks take none). */
    static int width(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        int width = 0;
        for (int i = 0; i < composed.length(); ) {
            int codePoint = composed.codePointAt(i);
            if (Character.getType(codePoint) != Character.NON_SPACING_MARK) {
                width++;
            }
            i += Character.charCount(codePoint);
        }
        return width;
    }

    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - width(text))) + text;
    }

    static String center(String text, int width) {
        int free = Math.max(0, width - width(text));
        return " ".repeat(free / 2) + text + " ".repeat(free - free / 2);
    }

    /** Cuts a text to a width, ending with an ellipsis when cut. */
    static String cut(String text, int width) {
        if (width(text) <= width) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < text.length() && width(cut.toString()) < width - 1; ) {
            int codePoint = text.codePointAt(i);
            cut.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return cut.toString().stripTrailing() + "…";
    }

    /** "3 villes" / "1 ville": a count and a noun that takes an s in the plural (both languages). */
    static String count(long n, String singular, String plural, Language language) {
        return Typography.number(n, language) + " " + (n == 1 || (language == Language.FR && n == 0) ? singular : plural);
    }

    /** A bar of up to {@code width} blocks, at least one for a count above zero. */
    static String bar(long value, long max, int width) {
        if (value <= 0 || max <= 0) {
            return "";
        }
        long blocks = Math.max(1, Math.round((double) value * width / max));
        return "█".repeat((int) Math.min(width, blocks));
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Wraps a text to lines of at most {@code width} columns, each starting with {@code indent}. */
    static List<String> wrap(String text, String indent, int width) {
        List<String> lines = new ArrayList<>();
        int room = Math.max(20, width - width(indent));
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            boolean glued = word.matches("[:;!?»]"); // French spacing: never start a line with these
            if (line.length() > 0 && !glued && width(line.toString()) + 1 + width(word) > room) {
                lines.add(indent + line);
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(indent + line);
        }
        return lines;
    }
}
