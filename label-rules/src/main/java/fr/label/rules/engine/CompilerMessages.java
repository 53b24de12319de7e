package fr.label.rules.engine;

import fr.label.RuleFile;
import fr.label.Language;
import fr.label.RuleDiagnostics;
import fr.label.RuleProblem;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderError;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Drools and the Java compiler say of a rule file into what a rule author reads: the
 * usual errors in the author's words (texts in {@code rule-diagnostics_*.properties}), the others
 * as the compiler words them, cut to their first line, without codes, exception names or stack
 * traces.
 */
final class CompilerMessages {

    /** {@code [ERR 102] Line 39:4 mismatched input 'insert' in rule "Name"}. */
    private static final Pattern PARSER = Pattern.compile(
            "^(?:\\[ERR \\d+\\] )?Line (\\d+):(\\d+) (.*?)(?: in rule \"(.*)\")?\\.?$");
    private static final Pattern INPUT = Pattern.compile(
            "(?:mismatched input|no viable alternative at input|unexpected exception at input|extraneous input) '(.*?)'(.*)");
    private static final Pattern MISSING = Pattern.compile("missing (\\S+) at '(.*?)'");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '(.+?)'");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile(
            "unable to resolve method using strict-mode: (?:[\\w$]+\\.)*([\\w$]+)\\.([\\w$]+)\\(\\)");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.*?):\\s*\\n\\[Error: (.*?)\\]", Pattern.DOTALL);
    private static final Pattern DUPLICATE_RULE = Pattern.compile("Duplicate rule name: (.+)");
    private static final Pattern BINDING_ECHO = Pattern.compile("unable to resolve method using strict-mode: [\\w.]+\\.\\$\\w+\\(\\)");
    private static final Pattern UNKNOWN_NAME = Pattern.compile("^(\\S+) cannot be resolved(?: to a variable)?$");
    private static final Pattern UNKNOWN_JAVA_TYPE = Pattern.compile("^(\\S+) cannot be resolved to a type$");
    private static final Pattern INSERT_TOKEN = Pattern.compile("^Syntax error, insert \"(.+?)\" to complete .*$");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("^The method (.+?) is undefined for the type (\\S+)$");

    private CompilerMessages() {
    }

    /** A parse error at the line and column (1-based) where the parser stopped, its cause in words. */
    static RuleProblem parserProblem(String file, ParserError error, Map<String, RuleText> texts) {
        String message = clean(error.getMessage());
        Matcher parsed = PARSER.matcher(message);
        if (!parsed.matches()) {
            Matcher duplicate = DUPLICATE_RULE.matcher(message);
            if (duplicate.matches()) {
                RuleText first = texts.get(duplicate.group(1).strip());
                return first == null
                        ? RuleDiagnostics.problem(file, error.getRow(), 0, "drl.duplicateRule", duplicate.group(1))
                        : RuleDiagnostics.problem(file, error.getRow(), 0, "drl.duplicateRuleAt", duplicate.group(1),
                        first.file() + ":" + first.line());
            }
            return RuleDiagnostics.problem(file, Math.max(0, error.getRow()), 0, "drl.syntax", clean(message));
        }
        int line = Integer.parseInt(parsed.group(1));
        int column = Integer.parseInt(parsed.group(2)) + 1;
        String what = parsed.group(3);
        String rule = parsed.group(4);
        String key;
        Object[] arguments;
        Matcher input = INPUT.matcher(what);
        Matcher missing = MISSING.matcher(what);
        if (input.matches()) {
            String token = input.group(1);
            if (token.isEmpty() || token.equals("<eof>") || token.equals("<EOF>")) {
                key = "drl.unexpectedEnd";
                arguments = new Object[0];
            } else if (input.group(2).contains("[package, unit, import")) {
                key = "drl.unexpectedOutside";
                arguments = new Object[] {token};
            } else {
                key = "drl.unexpected";
                arguments = new Object[] {token};
            }
        } else if (missing.matches()) {
            key = "drl.missingBefore";
            arguments = new Object[] {missing.group(1).replace("'", ""), missing.group(2)};
        } else {
            key = "drl.syntax";
            arguments = new Object[] {clean(what)};
        }
        if (rule != null) {
            RuleProblem bare = RuleDiagnostics.problem(file, line, column, key, arguments);
            return new RuleProblem(file, line, column,
                    RuleDiagnostics.text(Language.FR, "drl.inRule", bare.message(), rule),
                    RuleDiagnostics.text(Language.EN, "drl.inRule", bare.messageEn(), rule));
        }
        return RuleDiagnostics.problem(file, line, column, key, arguments);
    }

    /** An error of the rule base's build: an unknown type or property, a condition it cannot read. */
    static RuleProblem buildProblem(String file, KnowledgeBuilderError error, RuleFile source) {
        String message = error.getMessage().strip();
        int[] lines = error.getLines();
        int line = Math.max(0, lines != null && lines.length > 0 ? lines[0] : 0);
        Matcher type = UNKNOWN_TYPE.matcher(message);
        if (type.find()) {
            return RuleDiagnostics.problem(file, line, columnOf(source, line, type.group(1)), "drl.unknownType",
                    type.group(1));
        }
        Matcher property = UNKNOWN_PROPERTY.matcher(message);
        if (property.find()) {
            return RuleDiagnostics.problem(file, line, columnOf(source, line, property.group(2)), "drl.unknownProperty",
                    property.group(2), property.group(1));
        }
        Matcher expression = EXPRESSION.matcher(message);
        if (expression.find()) {
            return RuleDiagnostics.problem(file, line, columnOf(source, line, expression.group(1).strip()),
                    "drl.unreadableCondition", expression.group(1).strip(), clean(expression.group(2)));
        }
        Matcher duplicate = DUPLICATE_RULE.matcher(message);
        if (duplicate.find()) {
            return RuleDiagnostics.problem(file, line, 0, "drl.duplicateRule", duplicate.group(1));
        }
        return RuleDiagnostics.problem(file, line, 0, "drl.other", clean(message));
    }

    /** An import of a class that does not exist, at the line of the import. */
    static RuleProblem importProblem(String file, String target, RuleFile source) {
        int line = 0;
        if (source != null) {
            List<String> lines = source.content().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith("import") && lines.get(i).contains(target)) {
                    line = i + 1;
                    break;
                }
            }
        }
        return RuleDiagnostics.problem(file, line, 0, "drl.badImport", target);
    }

    /** An error of the Java compiler in a rule's consequence, in words for the usual ones. */
    static RuleProblem consequenceProblem(String file, int line, String rule, String javaMessage) {
        String message = firstLine(javaMessage);
        Matcher name = UNKNOWN_NAME.matcher(message);
        Matcher type = UNKNOWN_JAVA_TYPE.matcher(message);
        Matcher insert = INSERT_TOKEN.matcher(message);
        Matcher method = UNDEFINED_METHOD.matcher(message);
        if (type.matches()) {
            return RuleDiagnostics.problem(file, line, 0, "drl.consequence.unknownType", rule, type.group(1));
        }
        if (name.matches()) {
            return RuleDiagnostics.problem(file, line, 0, "drl.consequence.unknownName", rule, name.group(1));
        }
        if (insert.matches()) {
            return RuleDiagnostics.problem(file, line, 0, "drl.consequence.missingToken", rule, insert.group(1));
        }
        if (method.matches()) {
            return RuleDiagnostics.problem(file, line, 0, "drl.consequence.unknownMethod", rule, method.group(1),
                    method.group(2));
        }
        return RuleDiagnostics.problem(file, line, 0, "drl.consequence", rule, message);
    }

    /** Whether the Java compiler says a name is unknown: an echo when its condition did not compile. */
    static boolean unknownName(String javaMessage) {
        return UNKNOWN_NAME.matcher(firstLine(javaMessage)).matches();
    }

    /** A property named like a binding ({@code $name}): the echo of a pattern whose type is unknown. */
    static boolean echoesABinding(String message) {
        return BINDING_ECHO.matcher(message).find();
    }

    /** The 1-based column of a word on a line of the file, or 0. */
    private static int columnOf(RuleFile source, int line, String word) {
        if (source == null || line <= 0) {
            return 0;
        }
        List<String> lines = source.content().lines().toList();
        if (line > lines.size()) {
            return 0;
        }
        Matcher at = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(lines.get(line - 1));
        return at.find() ? at.start() + 1 : 0;
    }

    /** The first line, without what only the parser's authors read: codes, exceptions, stack traces. */
    static String clean(String message) {
        String line = firstLine(message).replaceFirst("^\\[ERR \\d+\\]\\s*", "");
        int exception = line.indexOf(". Exception:");
        if (exception >= 0) {
            line = line.substring(0, exception);
        }
        line = line.replaceAll("\\b(?:[a-z]+\\.)+([A-Z]\\w*(?:Exception|Error))\\b", "$1");
        return line.strip();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
    }
}
