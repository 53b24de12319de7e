package fr.label;

/**
 * A rule file that does not compile, or a rule set that cannot work.
 *
 * @param file    the rule file's name, or {@code null} when the problem concerns the whole rule set
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what the compiler said
 */
public record RuleProblem(String file, int line, int column, String message) {

    /** {@code file:line:column: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
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
        return text.append(message).toString();
    }
}
