package fr.label;

/**
 * A rule file that does not compile, or a rule set that cannot work.
 *
 * @param file      the rule file's name, or {@code null} when the problem concerns the whole rule set
 * @param line      1-based line, or 0 when unknown
 * @param column    1-based column, or 0 when unknown
 * @param message   what is wrong, in French, the label's own language
 * @param messageEn the same in English
 */
public record RuleProblem(String file, int line, int column, String message, String messageEn) {

    /** A problem whose message reads the same in both languages, e.g. a compiler's own words. */
    public RuleProblem(String file, int line, int column, String message) {
        this(file, line, column, message, message);
    }

    public String message(Language language) {
        return language == Language.EN ? messageEn : message;
    }

    /** {@code file:line:column: message}, the form editors and terminals link to, in French. */
    @Override
    public String toString() {
        return toString(Language.FR);
    }

    /** {@code file:line:column: message} in the language, leaving out what is unknown. */
    public String toString(Language language) {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file).append(':');
            if (line > 0) {
                text.append(line).append(':');
                if (column > 0) {
                    text.append(column).append(':');
                }
            }
            text.append(' ');
        }
        return text.append(message(language)).toString();
    }
}
