package fr.label.testing;

import fr.label.RuleFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the mutants of a rule set from its files' text: every figure of a rule with no condition
 * (the thresholds table, the settings) one step up and one step down, every comparison of a rule's
 * conditions turned to its neighbour, every rule switched off.
 *
 * <p>Figures are the whole-number arguments of {@code new Threshold(...)} (its last one, the
 * minimum) and of one-argument builder calls such as {@code .windowYears(2)}; the edition's
 * {@code .year(...)} is its name, not a figure. Comparisons are {@code >=}, {@code >}, {@code <}
 * and {@code <=} between {@code when} and {@code then}, outside comments and strings.
 */
final class MutantGenerator {

    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
    private static final Pattern WHEN = Pattern.compile("(?m)^[ \\t]*when\\b");
    private static final Pattern THEN = Pattern.compile("(?m)^[ \\t]*then\\b");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end[ \\t]*(?://.*)?$");
    private static final Pattern THRESHOLD = Pattern.compile("new\\s+Threshold\\s*\\(([^()]*)\\)");
    private static final Pattern SETTING = Pattern.compile("\\.(\\w+)\\(\\s*(\\d+)\\s*\\)");
    /** Builder calls that name the edition rather than state a figure of the method. */
    private static final Set<String> NOT_FIGURES = Set.of("year");

    private MutantGenerator() {
    }

    /** A rule as its file writes it. */
    record RuleSource(String name, String file, String content, int start, int whenStart, int thenStart, int end) {

        String text() {
            return content.substring(start, end);
        }

        /** The rule's text with {@code [from, to)} of the file replaced. */
        String with(int from, int to, String replacement) {
            return content.substring(start, from) + replacement + content.substring(to, end);
        }

        int lineOf(int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (content.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        boolean conditional() {
            return whenStart >= 0 && !code(content.substring(whenStart, thenStart)).replaceFirst("when", "").isBlank();
        }
    }

    static List<RuleMutant> mutants(List<RuleFile> files) {
        return mutants(files, new ArrayList<>());
    }

    /**
     * @param unread told the names of the rules with no condition whose facts no condition of the
     *               rule set reads (the 2020 edition has no mentions, so nothing reads the
     *               mentions' figures): they get no mutant, as no dossier could tell one from the rules
     */
    static List<RuleMutant> mutants(List<RuleFile> files, List<String> unread) {
        List<RuleSource> all = new ArrayList<>();
        files.forEach(file -> all.addAll(rules(file)));
        StringBuilder conditions = new StringBuilder();
        for (RuleSource rule : all) {
            if (rule.conditional()) {
                conditions.append(code(rule.content()), rule.whenStart(), rule.thenStart()).append('\n');
            }
        }
        List<RuleMutant> mutants = new ArrayList<>();
        for (RuleSource rule : all) {
            if (rule.conditional()) {
                comparisons(rule, mutants);
            } else if (readBy(rule, conditions.toString())) {
                figures(rule, mutants);
            } else {
                unread.add(rule.name());
                continue;
            }
            mutants.add(new RuleMutant(RuleMutant.Kind.RULE_OFF, rule.name(), rule.file(), rule.lineOf(rule.start()),
                    rule.name(), "", switchedOff(rule)));
        }
        return mutants;
    }

    private static final Pattern INSERTED = Pattern.compile("insert\\(\\s*(?:new\\s+)?([A-Z]\\w*)");

    /** Whether a condition names a fact the rule inserts: a figure no condition reads decides nothing. */
    private static boolean readBy(RuleSource rule, String conditions) {
        Matcher inserted = INSERTED.matcher(code(rule.content()));
        inserted.region(rule.start(), rule.end());
        boolean any = false;
        while (inserted.find()) {
            any = true;
            if (Pattern.compile("\\b" + inserted.group(1) + "\\s*\\(").matcher(conditions).find()) {
                return true;
            }
        }
        return !any;
    }

    /** The rules of a file, from {@code rule} to {@code end}. */
    static List<RuleSource> rules(RuleFile file) {
        String content = file.content();
        String code = code(content);
        List<RuleSource> rules = new ArrayList<>();
        Matcher rule = RULE.matcher(code);
        int from = 0;
        while (rule.find(from)) {
            int start = code.indexOf("rule", rule.start());
            Matcher then = THEN.matcher(code);
            if (!then.find(rule.end())) {
                break;
            }
            Matcher end = END.matcher(code);
            if (!end.find(then.end())) {
                break;
            }
            Matcher when = WHEN.matcher(code);
            int whenStart = when.find(rule.end()) && when.start() < then.start() ? when.start() : -1;
            String name = content.substring(rule.start(1), rule.end(1));
            if (name.startsWith("\"") || name.startsWith("'")) {
                name = name.substring(1, name.length() - 1);
            }
            int endOffset = code.indexOf("end", end.start()) + 3;
            rules.add(new RuleSource(name, file.name(), content, start, whenStart, then.start(), endOffset));
            from = endOffset;
        }
        return rules;
    }

    private static void comparisons(RuleSource rule, List<RuleMutant> mutants) {
        String code = code(rule.content());
        for (int i = rule.whenStart(); i < rule.thenStart(); i++) {
            char c = code.charAt(i);
            if (c != '<' && c != '>') {
                continue;
            }
            char before = code.charAt(i - 1);
            char after = code.charAt(i + 1);
            if ("<>-=!".indexOf(before) >= 0 || after == '<' || after == '>' || after == '-') {
                continue;
            }
            String original = after == '=' ? c + "=" : String.valueOf(c);
            String mutated = after == '=' ? String.valueOf(c) : c + "=";
            mutants.add(new RuleMutant(RuleMutant.Kind.COMPARISON, rule.name(), rule.file(), rule.lineOf(i), original,
                    mutated, rule.with(i, i + original.length(), mutated)));
            i += original.length() - 1;
        }
    }

    private static void figures(RuleSource rule, List<RuleMutant> mutants) {
        String code = code(rule.content()).substring(0, rule.end());
        List<int[]> spans = new ArrayList<>();
        Matcher threshold = THRESHOLD.matcher(code);
        threshold.region(rule.start(), rule.end());
        while (threshold.find()) {
            String arguments = threshold.group(1);
            int comma = arguments.lastIndexOf(',');
            String last = arguments.substring(comma + 1);
            if (last.strip().matches("\\d+")) {
                int at = threshold.start(1) + comma + 1 + last.indexOf(last.strip());
                spans.add(new int[]{at, at + last.strip().length()});
            }
        }
        Matcher setting = SETTING.matcher(code);
        setting.region(rule.start(), rule.end());
        while (setting.find()) {
            if (!NOT_FIGURES.contains(setting.group(1))) {
                spans.add(new int[]{setting.start(2), setting.end(2)});
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] span : spans) {
            String original = rule.content().substring(span[0], span[1]);
            long value = Long.parseLong(original);
            for (long changed : new long[]{value + 1, value - 1}) {
                if (changed < 0) {
                    continue;
                }
                // The same width keeps the table's columns; a figure is never made negative.
                String mutated = String.valueOf(changed);
                mutants.add(new RuleMutant(RuleMutant.Kind.FIGURE, rule.name(), rule.file(), rule.lineOf(span[0]),
                        original, mutated, rule.with(span[0], span[1], mutated)));
            }
        }
    }

    /** The rule with its conditions replaced by one that never holds, so that it never fires. */
    private static String switchedOff(RuleSource rule) {
        int head = rule.whenStart() >= 0 ? rule.whenStart() : rule.thenStart();
        return rule.content().substring(rule.start(), head) + "when\n    eval(false)\nthen\nend";
    }

    /**
     * The text with comments and the inside of strings blanked (same length, same lines), so that
     * what is searched in it is code.
     */
    static String code(String text) {
        StringBuilder code = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    code.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                while (i < text.length() && !(text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) != '\n') {
                        code.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < text.length()) {
                    code.setCharAt(i++, ' ');
                    code.setCharAt(i++, ' ');
                }
            } else if (c == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        code.setCharAt(i++, ' ');
                    }
                    code.setCharAt(i++, ' ');
                }
                i++;
            } else {
                i++;
            }
        }
        return code.toString();
    }
}
