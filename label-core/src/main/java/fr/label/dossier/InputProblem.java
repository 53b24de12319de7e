package fr.label.dossier;

/**
 * One thing wrong with an input: where it is and what was expected.
 *
 * @param file    the file it was read from, or {@code null} for a dossier built in Java
 * @param path    JSON path of the faulty value, e.g. {@code dossiers[12].actions[3].start}
 * @param message what was expected and what was found
 */
public record InputProblem(String file, String path, String message) {

    /**
     * @param file the file the problem was read from
     * @return the same problem, in that file
     */
    public InputProblem inFile(String file) {
        return new InputProblem(file, path, message);
    }

    /**
     * Prefixes the path, e.g. to place a dossier's problem inside its edition file.
     *
     * @param parent the path of the value that holds this one, e.g. {@code dossiers[3]}
     * @return the same problem with the full path, e.g. {@code dossiers[3].actions[0].end}
     */
    public InputProblem under(String parent) {
        String full = path == null || path.isEmpty() ? parent : parent + (path.startsWith("[") ? "" : ".") + path;
        return new InputProblem(file, full, message);
    }

    /**
     * A text of the input between double quotes, as a problem quotes what it found: control
     * characters, line and paragraph separators and bidirectional overrides are written as JSON
     * escapes (a backslash, u and four hexadecimal digits), so that a problem printed on a
     * terminal shows them instead of obeying them.
     */
    public static String quote(String text) {
        return "\"" + printable(text) + "\"";
    }

    /** The text with its control characters and bidirectional overrides written as JSON escapes, as {@link #quote}. */
    public static String printable(String text) {
        StringBuilder printable = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                    || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                if (printable == null) {
                    printable = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                printable.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (printable != null) {
                printable.append(c);
            }
        }
        return printable == null ? text : printable.toString();
    }

    /** {@code file: path: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file).append(": ");
        }
        if (path != null && !path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
