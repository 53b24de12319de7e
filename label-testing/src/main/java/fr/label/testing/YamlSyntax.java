package fr.label.testing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import fr.label.dossier.InputProblem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error as a scenario author reads it: where the parser stopped, what it found
 * wrong there and what was open around it (the quote, the bracket, the block it is in), in words
 * rather than the parser's tokens, and without the parser's or its library's names.
 */
final class YamlSyntax {

    private YamlSyntax() {
    }

    static InputProblem problem(String file, JsonProcessingException error) {
        if (error.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark at = yaml.getProblemMark();
            return new InputProblem(file, position(at), "expected well-formed YAML: " + describe(yaml));
        }
        JsonLocation location = error.getLocation();
        String where = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
        String message = error.getOriginalMessage() == null ? "" : error.getOriginalMessage().strip();
        if (message.startsWith("Duplicate field '")) {
            String key = message.substring("Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
            message = "the key '" + key + "' appears twice in the same mapping";
        } else {
            message = message.lines().findFirst().orElse("");
        }
        return new InputProblem(file, where, "expected well-formed YAML: " + message);
    }

    private static String describe(MarkedYAMLException yaml) {
        String problem = yaml.getProblem() == null ? "" : yaml.getProblem().strip();
        String context = yaml.getContext() == null ? "" : yaml.getContext().strip();
        Mark opened = yaml.getContextMark();
        String since = opened == null ? "" : " at " + position(opened);
        if (problem.contains("'\\t(TAB)'") || problem.contains("(TAB)")) {
            return "a tab character: YAML indents with spaces only";
        }
        if (context.contains("quoted scalar")) {
            return "the quote opened" + since + " is never closed";
        }
        if (context.contains("flow sequence")) {
            return "the '[' opened" + since + " is never closed (or an item lacks its ',')";
        }
        if (context.contains("flow mapping")) {
            return "the '{' opened" + since + " is never closed (or an entry lacks its ',')";
        }
        if (context.contains("block mapping") || context.contains("block collection")) {
            return "this line does not line up with the block that starts" + since
                    + ": the keys of one mapping start in the same column, its values further right";
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return "a ':' where a value was expected: put a value holding ': ' in quotes";
        }
        String said = problem.replace("<", "").replace(">", "");
        return context.isEmpty() ? said : said + " (" + context + since + ")";
    }

    private static String position(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }
}
