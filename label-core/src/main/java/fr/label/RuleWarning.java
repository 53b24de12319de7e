package fr.label;

import fr.label.Language;
import fr.label.RuleDiagnostics;

/**
 * Something in a rule set that compiles but is very likely wrong, e.g. a rule that can never fire.
 *
 * @param file      the rule file's name
 * @param line      1-based line of the rule, or 0 when unknown
 * @param rule      the rule's name
 * @param message   what is wrong, in French
 * @param messageEn the same in English
 */
public record RuleWarning(String file, int line, String rule, String message, String messageEn) {

    /** A warning whose message is the key's text (rule-diagnostics_*.properties) in both languages. */
    public static RuleWarning of(String file, int line, String rule, String key, Object... arguments) {
        return new RuleWarning(file, line, rule, RuleDiagnostics.text(Language.FR, key, arguments),
                RuleDiagnostics.text(Language.EN, key, arguments));
    }

    public String message(Language language) {
        return language == Language.EN ? messageEn : message;
    }

    /** {@code file:line: warning: rule "name" message}, the form editors and terminals link to, in French. */
    @Override
    public String toString() {
        return toString(Language.FR);
    }

    /** {@code file:line: warning: rule "name" message} in the language. */
    public String toString(Language language) {
        return file + (line > 0 ? ":" + line : "") + ": "
                + RuleDiagnostics.text(language, "warning", rule, message(language));
    }
}
