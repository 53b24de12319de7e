package fr.label;

/**
 * Something in a rule set that compiles but is very likely wrong, e.g. a rule that can never fire.
 *
 * @param file    the rule file's name
 * @param line    1-based line of the rule, or 0 when unknown
 * @param rule    the rule's name
 * @param message what is wrong
 */
public record RuleWarning(String file, int line, String rule, String message) {

    /** {@code file:line: warning: rule "name" message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": warning: rule \"" + rule + "\" " + message;
    }
}
