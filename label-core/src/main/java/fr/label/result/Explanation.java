package fr.label.result;

import fr.label.Language;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Why a decision was made: the rule that made it and a message with the values it used,
 * written by the rule itself in French and English.
 *
 * <pre>{@code
 * for (Explanation why : result.explanationsOf(Topic.AROBASES)) {
 *     System.out.println(why.ruleTitle(Language.EN) + ": " + why.message(Language.EN));
 * }
 * }</pre>
 *
 * Messages are templates whose {@code {0}}, {@code {1}}... are replaced by the arguments when
 * the message is read, so that recording an explanation costs no formatting.
 *
 * @param topic      which part of the result it explains
 * @param subject    what it is about within the topic (an action id, a mention code), or {@code null}
 * @param rule        the identifier (name) of the rule that made the decision, for programs
 * @param templateFr  the French message template
 * @param templateEn  the English message template
 * @param arguments   the values the rule used
 * @param ruleTitleFr the rule's French title ({@code @titleFr}), or {@code null} when it has none
 * @param ruleTitleEn the rule's English title ({@code @titleEn}), or {@code null} when it has none
 */
public record Explanation(Topic topic, String subject, String rule,
                          String templateFr, String templateEn, List<Object> arguments,
                          String ruleTitleFr, String ruleTitleEn) {

    public Explanation {
        arguments = List.copyOf(arguments);
    }

    /** An explanation of a rule without titles: readers are shown its name. */
    public Explanation(Topic topic, String subject, String rule, String templateFr, String templateEn,
                       List<Object> arguments) {
        this(topic, subject, rule, templateFr, templateEn, arguments, null, null);
    }

    /** An explanation of a rule without titles: readers are shown its name. */
    public Explanation(Topic topic, String subject, String rule, String templateFr, String templateEn,
                       Object... arguments) {
        this(topic, subject, rule, templateFr, templateEn, Arrays.asList(arguments), null, null);
    }

    /** What a reader is shown of the rule: its title in the language, or its name when it has none. */
    public String ruleTitle(Language language) {
        String title = language == Language.EN ? ruleTitleEn : ruleTitleFr;
        return title == null || title.isBlank() ? rule : title;
    }

    /** The message in French. */
    public String message() {
        return message(Language.FR);
    }

    public String message(Language language) {
        return fill(language == Language.EN ? templateEn : templateFr, arguments);
    }

    /** Replaces {@code {n}} by the n-th argument; unlike MessageFormat, apostrophes stay as written. */
    static String fill(String template, List<Object> arguments) {
        StringBuilder text = new StringBuilder(template.length() + 16 * arguments.size());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(template, i + 1, close)) {
                int n = Integer.parseInt(template, i + 1, close, 10);
                text.append(n < arguments.size() ? show(arguments.get(n)) : template.substring(i, close + 1));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to - from <= 3;
    }

    private static String show(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            return String.valueOf(((Number) value).intValue());
        }
        return String.valueOf(value);
    }
}
