package fr.label.cli;

import fr.label.LabelRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of an edition's rules in which every rule has a French and an English title: those the
 * rule already has, else titles naming its rank in its file, in each language. Tests of what users
 * read use them, so that they hold whatever titles the shipped rules have.
 */
final class TitledRules {

    private static final Pattern RULE = Pattern.compile("(?m)^(\\s*rule\\s+\"[^\"]+\"[^\\n]*)$");

    private TitledRules() {
    }

    /** The edition's rules, flat in the directory, every rule titled. */
    static Path export(int edition, Path directory) {
        LabelRules.export(edition, directory);
        edit(directory, TitledRules::titled);
        return directory;
    }

    /** Applies an edit to the text of every rule file of the directory. */
    static void edit(Path directory, UnaryOperator<String> edit) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> drl = files.filter(f -> f.toString().endsWith(".drl")).toList();
            for (Path file : drl) {
                Files.writeString(file, edit.apply(Files.readString(file, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with a title of the trial in each language given to each rule, its own ones removed. */
    static String titled(String text) {
        text = text.replaceAll("[ \\t]*@title(?:Fr|En)\\(\"(?:[^\"\\\\]|\\\\.)*\"\\)[ \\t]*\\n?", "");
        Matcher rule = RULE.matcher(text);
        StringBuilder out = new StringBuilder();
        int rank = 0;
        int last = 0;
        while (rule.find()) {
            rank++;
            int when = text.indexOf("\nwhen", rule.end());
            String head = when < 0 ? "" : text.substring(rule.end(), when);
            out.append(text, last, rule.end());
            if (!head.contains("@titleFr")) {
                out.append("\n    @titleFr(\"Règle numéro ").append(rank).append(" de l'essai\")");
            }
            if (!head.contains("@titleEn")) {
                out.append("\n    @titleEn(\"Trial rule number ").append(rank).append("\")");
            }
            last = rule.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /**
     * The text with the VILLE 4@ eligible actions threshold changed from 35: the thresholds table
     * writes one figure a line, naming the type, the level, the measure and the figure.
     */
    static String villeFourAt(String text, int actions) {
        Matcher line = Pattern.compile("(?m)^(.*\\bVILLE\\b.*\\b4\\b.*\"eligibleActions\".*?)\\b35\\b").matcher(text);
        return line.find() ? line.replaceFirst("$1" + actions) : text;
    }
}
