package fr.label.rules.engine;

import fr.label.RuleFile;
import fr.label.Threshold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each line of the thresholds table is written. The table is one figure a line, whatever
 * the way it is written ({@code new Threshold(CollectiviteType.VILLE, 4, "eligibleActions", 35)}
 * or a builder on one line): the line of a threshold is the one naming its type and its quoted
 * measure, with its level and then its minimum among its numbers. Two equal thresholds get two
 * lines, in file order.
 */
public final class ThresholdLines {

    /**
     * Where a threshold is written.
     *
     * @param file          the rule file, or {@code null} when no line of the files matches
     * @param line          1-based line, or 0
     * @param column        1-based column of the line's first character, or 0
     * @param measureColumn 1-based column of the quoted measure, or 0
     * @param minimumColumn 1-based column of the minimum, or 0
     * @param rule          the rule whose consequence holds the line, or {@code null}
     */
    public record Line(String file, int line, int column, int measureColumn, int minimumColumn, String rule) {
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(?![\\w.])");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private record Candidate(String file, int line, String text, List<Integer> numbers, List<Integer> numberColumns) {
    }

    private ThresholdLines() {
    }

    /** The line of each threshold, in the order of {@code thresholds}. */
    public static List<Line> of(List<RuleFile> files, List<Threshold> thresholds) {
        List<Candidate> candidates = new ArrayList<>();
        for (RuleFile file : files) {
            List<String> lines = file.content().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String code = withoutComment(lines.get(i));
                if (NUMBER.matcher(QUOTED.matcher(code).replaceAll("\"\"")).find()) {
                    candidates.add(candidate(file.name(), i + 1, code));
                }
            }
        }
        Map<String, RuleText> texts = null;
        Set<Candidate> used = new HashSet<>();
        List<Line> found = new ArrayList<>(thresholds.size());
        for (Threshold threshold : thresholds) {
            Candidate match = candidates.stream().filter(c -> !used.contains(c) && matches(c, threshold))
                    .findFirst().orElse(null);
            if (texts == null) {
                texts = RuleText.of(files);
            }
            if (match == null) {
                RuleText table = texts.values().stream().filter(t -> t.consequence().contains("Threshold"))
                        .findFirst().orElse(null);
                found.add(table == null ? new Line(null, 0, 0, 0, 0, null)
                        : new Line(table.file(), table.line(), 0, 0, 0, table.name()));
                continue;
            }
            used.add(match);
            found.add(line(match, threshold, texts));
        }
        return found;
    }

    private static Candidate candidate(String file, int line, String code) {
        Matcher quoted = QUOTED.matcher(code);
        StringBuilder blanked = new StringBuilder(code);
        while (quoted.find()) {
            for (int i = quoted.start(); i < quoted.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        List<Integer> numbers = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        Matcher number = NUMBER.matcher(blanked);
        while (number.find()) {
            try {
                numbers.add(Integer.parseInt(number.group()));
                columns.add(number.start() + 1);
            } catch (NumberFormatException tooLong) {
                // not a figure of the table
            }
        }
        return new Candidate(file, line, code, numbers, columns);
    }

    private static boolean matches(Candidate candidate, Threshold threshold) {
        if (threshold.type() != null && !Pattern.compile("\\b" + threshold.type().name() + "\\b").matcher(candidate.text()).find()) {
            return false;
        }
        if (threshold.measure() != null && !candidate.text().contains("\"" + threshold.measure() + "\"")) {
            return false;
        }
        int level = candidate.numbers().indexOf(threshold.level());
        return level >= 0 && candidate.numbers().subList(level + 1, candidate.numbers().size()).contains(threshold.minimum());
    }

    private static Line line(Candidate candidate, Threshold threshold, Map<String, RuleText> texts) {
        String text = candidate.text();
        int column = text.length() - text.stripLeading().length() + 1;
        int measure = threshold.measure() == null ? 0 : text.indexOf("\"" + threshold.measure() + "\"") + 1;
        int level = candidate.numbers().indexOf(threshold.level());
        int minimum = candidate.numbers().subList(level + 1, candidate.numbers().size()).indexOf(threshold.minimum());
        String rule = texts.values().stream()
                .filter(t -> t.file().equals(candidate.file()) && t.line() <= candidate.line() && candidate.line() <= t.endLine())
                .map(RuleText::name).findFirst().orElse(null);
        return new Line(candidate.file(), candidate.line(), column, measure,
                candidate.numberColumns().get(level + 1 + minimum), rule);
    }

    /** The line without its {@code //} comment, when the comment is not inside a string. */
    private static String withoutComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
