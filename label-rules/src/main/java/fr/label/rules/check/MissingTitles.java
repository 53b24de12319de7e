package fr.label.rules.check;

import fr.label.Language;
import fr.label.RuleInfo;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.RuleText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules of a rule set that lack a French or an English title ({@code @titleFr("...")},
 * {@code @titleEn("...")}): readers are shown such a rule's identifier instead, in whatever
 * language it is written, so {@code check-rules} warns of each.
 *
 * <pre>{@code
 * for (MissingTitles.Missing missing : MissingTitles.of(ruleSet)) {
 *     System.err.println(missing.describe(Language.FR));
 *     // my-rules/levels.drl:16: avertissement : la règle « Threshold checked » n'a pas de titre anglais (@titleEn) ...
 * }
 * }</pre>
 */
public final class MissingTitles {

    private MissingTitles() {
    }

    /**
     * A rule without a title in one language or both.
     *
     * @param file      the rule file's name
     * @param line      1-based line of the rule, 0 when unknown
     * @param rule      the rule's identifier (name), shown instead of the missing titles
     * @param languages the languages it has no title in
     */
    public record Missing(String file, int line, String rule, List<Language> languages) {

        public Missing {
            languages = List.copyOf(languages);
        }

        /** {@code file:line: warning: ...}, the form editors and terminals link to, in the language. */
        public String describe(Language language) {
            String where = file + (line > 0 ? ":" + line : "");
            boolean fr = languages.contains(Language.FR);
            boolean en = languages.contains(Language.EN);
            if (language == Language.EN) {
                String which = fr && en ? "neither a French nor an English title (@titleFr, @titleEn)"
                        : fr ? "no French title (@titleFr)" : "no English title (@titleEn)";
                return where + ": warning: rule \"" + rule + "\" has " + which
                        + ": readers are shown its name instead";
            }
            String which = fr && en ? "ni titre français ni titre anglais (@titleFr, @titleEn)"
                    : fr ? "pas de titre français (@titleFr)" : "pas de titre anglais (@titleEn)";
            return where + ": avertissement : la règle « " + rule + " » n'a " + which
                    + " : son nom est montré à la place";
        }

        /** The same, as a warning of {@code check-rules} about the rule. */
        public fr.label.RuleWarning warning() {
            boolean fr = languages.contains(Language.FR);
            boolean en = languages.contains(Language.EN);
            String french = (fr && en ? "n'a ni titre français ni titre anglais (@titleFr, @titleEn)"
                    : fr ? "n'a pas de titre français (@titleFr)" : "n'a pas de titre anglais (@titleEn)")
                    + " : son nom est montré à la place";
            String english = (fr && en ? "has neither a French nor an English title (@titleFr, @titleEn)"
                    : fr ? "has no French title (@titleFr)" : "has no English title (@titleEn)")
                    + ": readers are shown its name instead";
            return new fr.label.RuleWarning(file, line, rule, french, english);
        }
    }

    /** Every rule missing a title, in rule set order. */
    public static List<Missing> of(RuleSet ruleSet) {
        Map<String, RuleText> texts = RuleText.of(ruleSet.files());
        List<Missing> missing = new ArrayList<>();
        for (RuleInfo rule : ruleSet.rules()) {
            List<Language> languages = new ArrayList<>();
            for (Language language : Language.values()) {
                if (!rule.hasTitle(language)) {
                    languages.add(language);
                }
            }
            if (!languages.isEmpty()) {
                RuleText text = texts.get(rule.name());
                missing.add(new Missing(text == null ? rule.file() : text.file(), text == null ? 0 : text.line(),
                        rule.name(), languages));
            }
        }
        return missing;
    }
}
