package fr.label.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads JSON strictly, and says what is wrong in the words of the formats, never the parser's:
 * a key given twice is a problem at its JSON path (a lenient reader lets the last one win),
 * nothing may follow the root value, and the reader's limits (README, Formats) are reported with
 * the JSON path where they were passed.
 *
 * <p>A value nested deeper than the limit is skipped whole, so that the reading goes on after
 * it and only its dossier is rejected. A text, number or field name longer than its limit
 * cannot be skipped (the parser stops inside it): the file cannot be read further.
 */
final class StrictJson {

    /**
     * Arrays and objects inside one another; a dossier needs 5. Lower than the parser's own
     * default (1,000): skipping a value nested too deep costs an exception per level.
     */
    static final int MAX_DEPTH = 100;
    /** Characters of one text value. */
    static final int MAX_TEXT = 20_000_000;
    /** Characters of one number. */
    static final int MAX_NUMBER = 1_000;
    /** Characters of one field name. */
    static final int MAX_NAME = 50_000;
    /**
     * How deep a value nested too deep may still go while it is skipped: the parser keeps a
     * little memory per level, so beyond this the file is refused rather than skipped.
     */
    static final int MAX_SKIPPED_DEPTH = 10 * MAX_DEPTH;
    /** Segments of a JSON path shown in a problem; a path nested deeper is cut. */
    private static final int PATH_SEGMENTS_SHOWN = 24;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_TEXT)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(MAX_NAME)
                    .build())
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");
    /** The parser's advice on its own settings ("enable `JsonReadFeature.X` to allow"), which users cannot act on. */
    private static final Pattern PARSER_ADVICE = Pattern.compile(
            ":?\\s*(?:enable `[^`]*` to allow|\\(not recognized as one since Feature '[^']*' not enabled for parser\\))");
    private static final Pattern LIBRARY_WORDS = Pattern.compile("(?i)`|feature|jackson|com\\.fasterxml|"
            + "StreamReadConstraints|JsonParser|JsonToken|java\\.");

    private StrictJson() {
    }

    /**
     * Reads JSON values into trees, adding to a list the problems of the values it reads. Give
     * each dossier its own list with {@link #problems(List)}.
     */
    static final class TreeReader {
        private final JsonParser parser;
        private final String source;
        private List<InputProblem> problems;

        TreeReader(JsonParser parser, String source, List<InputProblem> problems) {
            this.parser = parser;
            this.source = source;
            this.problems = problems;
        }

        /** Where the problems of the next values go. */
        void problems(List<InputProblem> list) {
            this.problems = list;
        }

        /**
         * The value that starts at the parser's next token, or {@code null} when that token ends
         * the array or object being read. A value nested too deep is skipped and stands as an
         * empty array or object, its problem recorded.
         */
        JsonNode next() throws IOException {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (StreamConstraintsException e) {
                if (!isNesting(e)) {
                    throw e;
                }
                return skipTooDeep();
            }
            if (token == null || token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                return null;
            }
            return value(token);
        }

        /** The value that starts at the parser's current token. */
        JsonNode current() throws IOException {
            return value(parser.currentToken());
        }

        /** Skips the value that starts at the parser's next token, whatever its depth. */
        void skipNext() throws IOException {
            int depth = parser.getParsingContext().getNestingDepth();
            do {
                try {
                    parser.nextToken();
                } catch (StreamConstraintsException e) {
                    if (!isNesting(e)) {
                        throw e;
                    }
                    refuseBeyondSkipping();
                }
            } while (parser.getParsingContext().getNestingDepth() > depth);
        }

        private JsonNode value(JsonToken token) throws IOException {
            return switch (token) {
                case START_OBJECT -> object();
                case START_ARRAY -> array();
                case VALUE_STRING -> TextNode.valueOf(parser.getText());
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> decimal(parser.getText());
                case VALUE_TRUE -> BooleanNode.TRUE;
                case VALUE_FALSE -> BooleanNode.FALSE;
                case VALUE_NULL -> NullNode.getInstance();
                default -> throw new IllegalStateException("not a JSON value: " + token);
            };
        }

        private ObjectNode object() throws IOException {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonNode value = next();
                if (object.putIfAbsent(name, value) != null) {
                    problems.add(twice(source, parser.getParsingContext(), name));
                }
            }
            return object;
        }

        private ArrayNode array() throws IOException {
            ArrayNode array = NODES.arrayNode();
            for (JsonNode element = next(); element != null; element = next()) {
                array.add(element);
            }
            return array;
        }

        /** Skips the container just opened beyond the depth limit; it stands as an empty one. */
        private JsonNode skipTooDeep() throws IOException {
            JsonStreamContext tooDeep = parser.getParsingContext();
            int depth = tooDeep.getNestingDepth();
            problems.add(new InputProblem(source, path(tooDeep.getParent()), tooDeepMessage()));
            JsonNode standIn = tooDeep.inArray() ? NODES.arrayNode() : NODES.objectNode();
            while (parser.getParsingContext().getNestingDepth() >= depth) {
                try {
                    if (parser.nextToken() == null) {
                        break;
                    }
                } catch (StreamConstraintsException e) {
                    if (!isNesting(e)) {
                        throw e;
                    }
                    refuseBeyondSkipping();
                }
            }
            return standIn;
        }

        private void refuseBeyondSkipping() {
            if (parser.getParsingContext().getNestingDepth() > MAX_SKIPPED_DEPTH) {
                throw new InvalidInputException(new InputProblem(source, path(parser.getParsingContext()),
                        tooDeepMessage() + " (over " + String.format(java.util.Locale.ROOT, "%,d", MAX_SKIPPED_DEPTH)
                                + " levels" + at(parser.currentLocation()) + "): the rest of the file cannot be read"));
            }
        }
    }

    /** A number with a fraction or an exponent, never valid in the formats: kept as written, to be quoted. */
    private static JsonNode decimal(String text) {
        try {
            return DecimalNode.valueOf(new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException beyondBigDecimal) {
            return new POJONode(new WrittenNumber(text));
        }
    }

    /** A number whose exponent no Java number holds (1e999999999999), as written in the file. */
    record WrittenNumber(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    static InputProblem twice(String source, JsonStreamContext object, String name) {
        return new InputProblem(source, path(object), "expected each field once, found " + InputProblem.quote(name)
                + " again");
    }

    /**
     * After the root value: nothing but white space. Adds the problem when there is more (a
     * second value, any other text).
     */
    static void nothingAfterRoot(JsonParser parser, String source, List<InputProblem> problems) {
        JsonLocation where;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            where = parser.currentTokenLocation();
        } catch (IOException e) {
            // Where the text that is not JSON starts (the exception's location is where it ends).
            where = parser.currentTokenLocation();
        }
        problems.add(new InputProblem(source, lineAndColumn(where),
                "expected nothing after the root value, found more"));
    }

    /**
     * What a parser exception means for a reader of the formats: a limit passed, with the JSON
     * path, or JSON that is not well formed, with the line and column. Neither can be skipped.
     */
    static InputProblem unreadable(String source, JsonParser parser, JsonProcessingException e) {
        if (e instanceof StreamConstraintsException limit) {
            String path = parser == null ? "" : path(parser.getParsingContext());
            JsonLocation where = e.getLocation() != null ? e.getLocation()
                    : parser == null ? null : parser.currentLocation();
            return new InputProblem(source, path, limitMessage(limit) + at(where)
                    + ": the rest of the file cannot be read");
        }
        return new InputProblem(source, lineAndColumn(e.getLocation()), "expected well-formed JSON: "
                + withoutParserWords(e.getOriginalMessage()));
    }

    /** The parser's message, with positions as "line L, column C" and without its own class and setting names. */
    static String withoutParserWords(String message) {
        String text = message == null ? "" : message.lines().findFirst().orElse("");
        text = SOURCE.matcher(text).replaceAll("line $1, column $2");
        text = PARSER_ADVICE.matcher(text).replaceAll("");
        var leak = LIBRARY_WORDS.matcher(text);
        if (leak.find()) {
            text = text.substring(0, leak.start());
        }
        text = text.strip();
        while (text.endsWith(":") || text.endsWith("(") || text.endsWith(",")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.isEmpty() ? "not JSON here" : text;
    }

    private static String limitMessage(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("String value length")) {
            return "expected a text of at most " + count(MAX_TEXT) + " characters, found a longer one";
        }
        if (message.startsWith("Number value length")) {
            return "expected a number of at most " + count(MAX_NUMBER) + " characters, found a longer one";
        }
        if (message.startsWith("Name length")) {
            return "expected a field name of at most " + count(MAX_NAME) + " characters, found a longer one";
        }
        if (isNesting(e)) {
            return tooDeepMessage();
        }
        return "expected a value within the reader's limits (README, Formats), found a larger one";
    }

    private static String tooDeepMessage() {
        return "expected at most " + count(MAX_DEPTH) + " arrays and objects nested in one another, found more";
    }

    private static boolean isNesting(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Document nesting depth");
    }

    private static String count(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private static String at(JsonLocation location) {
        String where = lineAndColumn(location);
        return where.isEmpty() ? "" : " at " + where;
    }

    static String lineAndColumn(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The JSON path of the parser's current entry in the formats' notation: {@code dossiers[12].actions[3].title}. */
    static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        int shown = 0;
        for (JsonStreamContext c : chain) {
            if (shown++ == PATH_SEGMENTS_SHOWN) {
                return path.append("…").toString();
            }
            if (c.inObject() && c.getCurrentName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(InputProblem.printable(c.getCurrentName()));
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            }
        }
        return path.toString();
    }
}
