package fr.label.rules.engine;

import fr.label.RuleFile;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule as its file writes it: where it is, its whole text and its consequence, for
 * documentation and checks that read what a rule does rather than what it compiled to.
 *
 * <pre>{@code
 * Map<String, RuleText> texts = RuleText.of(ShippedRuleSets.files(2023));
 * System.out.println(texts.get("Thresholds: arobases").source());
 * }</pre>
 *
 * @param name        the rule's name
 * @param file        the rule file's name
 * @param line        1-based line of {@code rule "name"}
 * @param thenLine    1-based line of {@code then}
 * @param endLine     1-based line of {@code end}
 * @param source      the text from {@code rule} to {@code end}, as written
 * @param consequence the text between {@code then} and {@code end}
 * @param conditional whether its {@code when} part has any condition; a rule without one states
 *                    figures (a threshold, a date, a catalogue) that every session gets
 * @param packageName the package of its file
 * @param imports     the imports of its file, as written ({@code fr.label.rules.facts.*})
 */
public record RuleText(String name, String file, int line, int thenLine, int endLine, String source,
                       String consequence, boolean conditional, String packageName, List<String> imports) {

    public RuleText {
        imports = List.copyOf(imports);
    }

    /** Every rule of the files, by name, in file order. Files that do not parse are skipped. */
    public static Map<String, RuleText> of(List<RuleFile> files) {
        Map<String, RuleText> texts = new LinkedHashMap<>();
        for (RuleFile file : files) {
            PackageDescr parsed;
            DrlParser parser = new DrlParser();
            try {
                parsed = parser.parse(false, file.content());
            } catch (DroolsParserException e) {
                continue;
            }
            if (parsed == null || parser.hasErrors()) {
                continue;
            }
            List<String> imports = parsed.getImports().stream().map(ImportDescr::getTarget).toList();
            for (RuleDescr rule : parsed.getRules()) {
                String content = file.content();
                int start = Math.max(0, rule.getStartCharacter());
                int end = Math.min(content.length(), Math.max(start, rule.getEndCharacter() + 1));
                texts.putIfAbsent(rule.getName(), new RuleText(rule.getName(), file.name(), rule.getLine(),
                        rule.getConsequenceLine(), rule.getEndLine(), content.substring(start, end).strip(),
                        String.valueOf(rule.getConsequence()),
                        rule.getLhs() != null && !rule.getLhs().getDescrs().isEmpty(),
                        parsed.getName(), imports));
            }
        }
        return texts;
    }

    /**
     * The class a simple or qualified name written in this rule stands for, with its file's
     * imports, or {@code null} when none is found.
     */
    public Class<?> resolve(String name, ClassLoader loader) {
        List<String> candidates = new java.util.ArrayList<>();
        if (name.contains(".")) {
            candidates.add(name);
        }
        for (String target : imports) {
            if (target.endsWith("." + name)) {
                candidates.add(target);
            } else if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + name);
            }
        }
        candidates.add(packageName + "." + name);
        candidates.add("java.lang." + name);
        for (String candidate : candidates) {
            try {
                return Class.forName(candidate, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // not this one: try the next import
            }
        }
        return null;
    }
}
