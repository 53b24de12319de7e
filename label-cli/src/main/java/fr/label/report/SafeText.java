package fr.label.report;

import java.util.regex.Pattern;

/**
 * Text read from an edition, made safe to show: the one place that decides how, for a terminal
 * or a text file ({@link #plain}), a CSV cell ({@link #csvField}) and an HTML page
 * ({@link #htmlText}, {@link #needsIsolation}). Names, codes, titles and messages come from files
 * anyone can write: a name must not move the cursor, recolour the terminal, reverse the text
 * that follows it or run as a spreadsheet formula.
 *
 * <p>Replacements are visible, one character for one so that columns stay aligned: a C0 control
 * character becomes its Unicode control picture (NUL as ␀, ESC as ␛, a line feed as ␊), DEL
 * becomes ␡, and a C1 control character or a bidi override or isolate (U+202A–U+202E,
 * U+2066–U+2069) becomes U+FFFD (�).
 */
public final class SafeText {

    /** What shows in place of a C1 control character or of a bidi override or isolate. */
    public static final char REPLACEMENT = '\uFFFD';

    /** A plain number, which a spreadsheet reads as a number and never as a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

    private SafeText() {
    }

    /**
     * For a terminal or a text file: every control character, line ends and tabs included, and
     * every bidi override or isolate replaced by a visible character.
     */
    public static String plain(String text) {
        return replace(text, Use.PLAIN);
    }

    /**
     * One CSV field (RFC 4180): quoted, its quotes doubled, when it holds a comma, a quote, a line
     * end or spaces at its ends. A text starting with {@code = + - @}, a tab or a carriage return
     * is neutralised as OWASP recommends (CSV injection): prefixed with a single quote, and
     * quoted. Numbers stay numbers: a {@link Number}, or a text that is a plain number such as
     * {@code -12}, is written as it is. Control characters and bidi overrides are replaced as by
     * {@link #plain}, except tabs and line ends, which a quoted field holds as they are.
     */
    public static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = replace(value.toString(), Use.CSV);
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches();
        if (formula) {
            text = "'" + text;
        }
        boolean quote = formula || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' ' || text.endsWith(" ")));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * For HTML text and attributes, before escaping: control characters replaced as by
     * {@link #plain}, except tabs and line ends (white space in HTML). Bidi controls are kept:
     * the page isolates the value instead (see {@link #needsIsolation}).
     */
    static String htmlText(String text) {
        return replace(text, Use.HTML);
    }

    /**
     * Whether a value can change the direction of the text around it, and so must be shown
     * isolated ({@code <bdi>}): it holds a right-to-left letter or digit, or a bidi control.
     */
    static boolean needsIsolation(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_ARABIC_NUMBER,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                        Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                        Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                        Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> {
                    return true;
                }
                default -> i += Character.charCount(c);
            }
        }
        return false;
    }

    /** A bidi override, embedding or isolate: U+202A–U+202E, U+2066–U+2069. */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Where a text goes: what each keeps of the characters {@link #plain} replaces. */
    private enum Use {
        /** A terminal or a text file: keeps none. */
        PLAIN,
        /** A CSV field: keeps tabs and line ends, which a quoted field holds. */
        CSV,
        /** HTML: keeps tabs and line ends (white space), and the bidi controls, which the page isolates. */
        HTML
    }

    private static boolean replaced(char c, Use use) {
        if (c < 0x20) {
            return use == Use.PLAIN || (c != '\t' && c != '\n' && c != '\r');
        }
        return (c >= 0x7F && c <= 0x9F) || (use != Use.HTML && isBidiControl(c));
    }

    private static String replace(String text, Use use) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !replaced(text.charAt(first), use)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!replaced(c, use)) {
                out.append(c);
            } else if (c < 0x20) {
                out.append((char) (0x2400 + c)); // the control pictures: ␀ ␁ ... ␛ ... ␟
            } else if (c == 0x7F) {
                out.append('\u2421'); // ␡
            } else {
                out.append(REPLACEMENT);
            }
        }
        return out.toString();
    }
}
