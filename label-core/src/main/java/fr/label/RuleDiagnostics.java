package fr.label;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The words of the diagnostics on rule sets, in French and English: compile errors, what
 * evaluation needs and no rule decides, the thresholds table, runaway rules. Each language's
 * texts are in one file, {@code fr/label/rule-diagnostics_fr.properties} and
 * {@code _en.properties}, under the same keys; {@code {0}}, {@code {1}}... are the arguments.
 *
 * <pre>{@code
 * RuleProblem problem = RuleDiagnostics.problem("my-rules/levels.drl", 12, 5, "drl.unclosedParenthesis");
 * problem.toString(Language.EN);   // my-rules/levels.drl:12:5: this "(" is never closed ...
 * }</pre>
 */
public final class RuleDiagnostics {

    /** Problems shown at most: beyond, a count. The twenty-first error is rarely news. */
    public static final int MAX_SHOWN = 20;

    private static final Properties FRENCH = load("fr");
    private static final Properties ENGLISH = load("en");

    private RuleDiagnostics() {
    }

    /**
     * A text that is itself an argument of another, written in the language of the one it goes
     * into: {@code problem(null, 0, 0, "requirement.absent", phrase("concern.Arobases"), ...)}.
     *
     * @param key       its key in {@code rule-diagnostics_*.properties}
     * @param arguments its own arguments
     */
    public record Phrase(String key, List<Object> arguments) {

        public Phrase {
            arguments = List.copyOf(arguments);
        }
    }

    /** A phrase of this key, to pass as an argument: see {@link Phrase}. */
    public static Phrase phrase(String key, Object... arguments) {
        return new Phrase(key, java.util.Arrays.asList(arguments));
    }

    /** The text of a key in a language, its {@code {n}} replaced by the arguments. */
    public static String text(Language language, String key, Object... arguments) {
        String template = (language == Language.EN ? ENGLISH : FRENCH).getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no diagnostic text " + key);
        }
        return fill(template, language, arguments);
    }

    /** A problem whose message is the key's text, in both languages. */
    public static RuleProblem problem(String file, int line, int column, String key, Object... arguments) {
        return new RuleProblem(file, line, column, text(Language.FR, key, arguments),
                text(Language.EN, key, arguments));
    }

    /**
     * The problems as people read them, one a line, at most {@link #MAX_SHOWN} then how many
     * more. A problem of no file is prefixed with {@code whole} (the rule set) when given.
     */
    public static List<String> lines(List<RuleProblem> problems, Language language, String whole) {
        List<String> lines = new ArrayList<>();
        for (RuleProblem problem : problems.subList(0, Math.min(MAX_SHOWN, problems.size()))) {
            lines.add(problem.file() == null && whole != null ? whole + ": " + problem.message(language)
                    : problem.toString(language));
        }
        if (problems.size() > MAX_SHOWN) {
            int more = problems.size() - MAX_SHOWN;
            lines.add(text(language, more == 1 ? "problems.oneMore" : "problems.more", more));
        }
        return lines;
    }

    /** Replaces {@code {n}} by the n-th argument; unlike MessageFormat, apostrophes stay as written. */
    private static String fill(String template, Language language, Object[] arguments) {
        StringBuilder text = new StringBuilder(template.length() + 16 * arguments.length);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(template, i + 1, close, 10);
                Object argument = n < arguments.length ? arguments[n] : template.substring(i, close + 1);
                text.append(argument instanceof Phrase phrase
                        ? text(language, phrase.key(), phrase.arguments().toArray()) : argument);
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    private static Properties load(String language) {
        String resource = "rule-diagnostics_" + language + ".properties";
        Properties texts = new Properties();
        try (InputStream in = RuleDiagnostics.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource fr/label/" + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
