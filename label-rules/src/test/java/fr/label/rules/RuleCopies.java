package fr.label.rules;

import fr.label.rules.engine.ShippedRuleSets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Copies of the shipped rules for tests, with every rule titled or none. */
public final class RuleCopies {

    private static final Pattern RULE = Pattern.compile("(?m)^(\\s*rule\\s+\"[^\"]+\"[^\\n]*)$");
    private static final Pattern TITLE = Pattern.compile("[ \\t]*@title(?:Fr|En)\\(\"(?:[^\"\\\\]|\\\\.)*\"\\)[ \\t]*\\n?");

    private RuleCopies() {
    }

    /** The edition's rules exported flat into the directory, every rule given a French and an English title. */
    static Path titled(int edition, Path directory) {
        ShippedRuleSets.export(edition, directory);
        eachFile(directory, (name, text) -> titled(name, text));
        return directory;
    }

    /** The edition's rules exported flat into the directory, without any title. */
    static Path untitled(int edition, Path directory) {
        ShippedRuleSets.export(edition, directory);
        eachFile(directory, (name, text) -> TITLE.matcher(text).replaceAll(""));
        return directory;
    }

    /**
     * Gives each rule a French and an English title of the test (its own ones removed), naming the rule's rank in its file:
     * with an accent, a comma, an apostrophe, a colon and brackets, as titles have.
     */
    public static String titled(String fileName, String text) {
        text = TITLE.matcher(text).replaceAll(""); // the test's own titles, whatever the shipped rules say
        Matcher rule = RULE.matcher(text);
        StringBuilder out = new StringBuilder();
        int rank = 0;
        int last = 0;
        while (rule.find()) {
            rank++;
            int next = text.indexOf("\nwhen", rule.end());
            String head = next < 0 ? "" : text.substring(rule.end(), next);
            out.append(text, last, rule.end());
            if (!head.contains("@titleFr")) {
                out.append("\n    @titleFr(\"Règle n° ").append(rank).append(" (").append(fileName)
                        .append(") : l'essai, « titré »\")");
            }
            if (!head.contains("@titleEn")) {
                out.append("\n    @titleEn(\"Rule no. ").append(rank).append(" (").append(fileName)
                        .append("): the trial's, \\\"titled\\\"\")");
            }
            last = rule.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** The French title a rule's text gives, or null. */
    public static String titleFr(String ruleSource) {
        Matcher title = Pattern.compile("@titleFr\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)").matcher(ruleSource);
        return title.find() ? title.group(1) : null;
    }

    interface Edit {
        String apply(String fileName, String text);
    }

    static void eachFile(Path directory, Edit edit) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> drl = new ArrayList<>(files.filter(f -> f.toString().endsWith(".drl")).toList());
            for (Path file : drl) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, edit.apply(file.getFileName().toString(), text), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
