package fr.label.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.label.Language;
import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.internal.json.JsonFields;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.spi.CandidatureHandler;
import fr.label.spi.CandidatureSorter;
import fr.label.dossier.DossierValidator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads dossier and edition files and writes results, in the JSON formats of the README.
 * Every problem names the file, the JSON path and what was expected. Reading is strict: a key
 * given twice, anything after the root object and a value beyond the reader's limits are
 * problems too (README, Formats).
 *
 * <pre>{@code
 * Dossier dossier = LabelJson.readDossier(Path.of("carpentras.json"));
 * Candidatures edition = LabelJson.readCandidatures(Path.of("edition-2023.json"));
 * String json = LabelJson.toJson(engine.evaluate(dossier), Language.FR);
 * }</pre>
 */
public final class LabelJson {

    static final ObjectMapper MAPPER = new ObjectMapper(StrictJson.FACTORY);
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** What a file holds. */
    public enum FileKind { DOSSIER, EDITION }

    private LabelJson() {
    }

    /**
     * Opens a dossier or edition file to read it once, from its start. What it holds is known as
     * soon as it is open ({@link Input#kind()}, {@link Input#edition()}), so that the engine of its
     * edition can be built before its dossiers are read, one at a time. Nothing is read twice: a
     * pipe or standard input does as well as a file.
     *
     * <pre>{@code
     * try (LabelJson.Input input = LabelJson.open(System.in, "<stdin>")) {
     *     LabelEngine engine = LabelEngine.forEdition(input.edition());
     *     Palmares figures = engine.evaluateEdition(input, result -> csv.write(result));
     * }
     * }</pre>
     *
     * @throws InvalidInputException when the file cannot be read, is not JSON, is neither a dossier
     *                               nor an edition file, or is an edition file whose year is wrong
     */
    public static Input open(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(new InputProblem(name, "", "expected a file, found a folder"));
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new InvalidInputException(unreadable(name, e));
        }
        return open(in, name);
    }

    /**
     * Opens a dossier or edition file given as a stream, like {@link #open(Path)}; the input
     * closes the stream. {@code source} names it in problems.
     */
    public static Input open(InputStream in, String source) {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(in);
        } catch (IOException e) {
            throw new InvalidInputException(unreadable(source, e));
        }
        Input input = new Input(parser, source);
        try {
            input.readHead();
            return input;
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /**
     * A dossier or edition file being read once, from a file or a stream: see {@link #open(Path)}.
     * Strict: a key given twice, anything after the root object, a value beyond the reader's
     * limits are problems with their JSON path (README, Formats). Not thread-safe.
     */
    public static final class Input implements AutoCloseable {
        private static final Set<String> DOSSIER_FIELDS = Set.of("collectivite", "actions", "history");

        private final JsonParser parser;
        private final String source;
        private final StrictJson.TreeReader reader;
        private FileKind kind;
        private Integer edition;
        private ObjectNode dossier;
        private List<InputProblem> dossierProblems;
        private List<JsonNode> heldDossiers;
        private List<List<InputProblem>> heldProblems;
        private boolean dossiersRead;
        /** Every dossier through the tree reader, as before {@link DossierStream}: the reference its tests compare with. */
        private boolean byTree;

        private Input(JsonParser parser, String source) {
            this.parser = parser;
            this.source = source;
            this.reader = new StrictJson.TreeReader(parser, source, new ArrayList<>());
        }

        /** What names the input in problems: the file name, or the source given to {@link #open(InputStream, String)}. */
        public String source() {
            return source;
        }

        /** Whether it holds one dossier or an edition. */
        public FileKind kind() {
            return kind;
        }

        /**
         * The palmarès year: an edition file's, or a dossier's own.
         *
         * @throws InvalidInputException for a dossier that cannot be read
         */
        public int edition() {
            return kind == FileKind.EDITION ? edition : dossier().edition();
        }

        /**
         * The dossier of a dossier file.
         *
         * @throws InvalidInputException listing every problem of the dossier, or when the file is an edition file
         */
        public Dossier dossier() {
            if (kind != FileKind.DOSSIER) {
                throw new InvalidInputException(new InputProblem(source, "",
                        "expected a dossier file, found an edition file ({\"edition\": ..., \"dossiers\": [...]})"));
            }
            DossierJson.Read read = DossierJson.read(dossier, "", source, null);
            List<InputProblem> problems = new ArrayList<>(dossierProblems);
            problems.addAll(read.problems());
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return read.dossier();
        }

        /**
         * Reads the dossiers of an edition file, handing each one to the handler as soon as it is
         * read and checked, valid or rejected: an edition of any size can be evaluated this way.
         * A dossier with problems is rejected and the reading goes on; a problem of the file itself
         * (JSON that is not well formed, a limit that cannot be skipped, an unknown field, anything
         * after the root object) ends it with an {@link InvalidInputException}, after the dossiers
         * read so far went to the handler.
         *
         * @throws InvalidInputException when the file is a dossier file or a problem of the file itself is met
         */
        @SuppressWarnings("exports") // for the engine, the one module fr.label.spi is exported to
        public void dossiers(CandidatureHandler handler) {
            if (kind != FileKind.EDITION) {
                throw new InvalidInputException(new InputProblem(source, "", "expected an edition file "
                        + "({\"edition\": ..., \"dossiers\": [...]}), found a dossier"));
            }
            if (dossiersRead) {
                throw new IllegalStateException("the dossiers of " + source + " have already been read");
            }
            dossiersRead = true;
            CandidatureSorter sorter = new CandidatureSorter(edition, source, handler);
            if (heldDossiers != null) {
                for (int i = 0; i < heldDossiers.size(); i++) {
                    offer(sorter, heldDossiers.get(i), heldProblems.get(i), i);
                }
                heldDossiers = null;
                heldProblems = null;
                return;
            }
            List<InputProblem> fileProblems = new ArrayList<>();
            try {
                DossierStream stream = byTree ? null : new DossierStream(parser, edition);
                int index = 0;
                while (true) {
                    List<InputProblem> problems = new ArrayList<>(0);
                    reader.problems(problems);
                    JsonNode node;
                    if (stream == null) {
                        node = reader.next();
                    } else {
                        // A dossier starts at depth 3: the parser's depth limit cannot stop this token.
                        JsonToken token = parser.nextToken();
                        if (token == null || token == JsonToken.END_ARRAY) {
                            break;
                        }
                        if (token != JsonToken.START_OBJECT) {
                            node = reader.current();
                        } else {
                            Dossier dossier = stream.read();
                            if (dossier != null) {
                                sorter.offerChecked(index++, dossier);
                                continue;
                            }
                            // Something is off: the tree reader reads the dossier again from its start, and tells what.
                            node = new StrictJson.TreeReader(stream.replay(), source, problems).next();
                        }
                    }
                    if (node == null) {
                        break;
                    }
                    offer(sorter, node, problems, index++);
                }
                reader.problems(fileProblems);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    fileProblems.add(field.equals("edition") || field.equals("dossiers")
                            ? StrictJson.twice(source, parser.getParsingContext(), field) : unknownField(field));
                    reader.skipNext();
                }
                StrictJson.nothingAfterRoot(parser, source, fileProblems);
            } catch (IOException e) {
                throw failure(e);
            }
            if (!fileProblems.isEmpty()) {
                throw new InvalidInputException(fileProblems);
            }
        }

        /**
         * Every dossier of an edition file, read into memory: the valid ones and the rejections.
         *
         * @throws InvalidInputException when the file is a dossier file or a problem of the file itself is met
         */
        public Candidatures candidatures() {
            CandidatureSorter.Collector collector = new CandidatureSorter.Collector(edition == null ? 0 : edition, source);
            dossiers(collector);
            return collector.candidatures();
        }

        /** Reads every dossier into a tree first, the slower path that tells every problem: for tests. */
        Input byTree() {
            byTree = true;
            return this;
        }

        /** Closes the file or stream. */
        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                // Reading is over: nothing is lost if the stream does not close cleanly.
            }
        }

        /** Reads up to what the file is: the first field that only a dossier or only an edition file has. */
        private void readHead() {
            List<InputProblem> problems = new ArrayList<>();
            reader.problems(problems);
            try {
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    throw new InvalidInputException(new InputProblem(source, "",
                            "expected a JSON object, found " + describe(first)));
                }
                Set<String> seen = new HashSet<>();
                Map<String, JsonNode> before = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    if (!seen.add(field)) {
                        problems.add(StrictJson.twice(source, parser.getParsingContext(), field));
                        reader.skipNext();
                    } else if (field.equals("dossiers")) {
                        kind = FileKind.EDITION;
                        readEditionHead(before, problems);
                        return;
                    } else if (DOSSIER_FIELDS.contains(field)) {
                        kind = FileKind.DOSSIER;
                        readDossierFile(field, before, problems);
                        return;
                    } else if (field.equals("edition")) {
                        before.put(field, reader.next());
                    } else {
                        // Only its name matters: an unknown field is a problem in either kind of file.
                        before.put(field, NullNode.getInstance());
                        reader.skipNext();
                    }
                }
            } catch (IOException e) {
                throw failure(e);
            }
            problems.add(new InputProblem(source, "",
                    "expected a dossier (with \"collectivite\") or an edition file (with \"dossiers\")"));
            throw new InvalidInputException(problems);
        }

        private void readEditionHead(Map<String, JsonNode> before, List<InputProblem> problems) throws IOException {
            before.keySet().stream().filter(field -> !field.equals("edition"))
                    .forEach(field -> problems.add(unknownField(field)));
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.add(new InputProblem(source, "dossiers", "expected an array of dossiers, found "
                        + JsonFields.describe(reader.current())));
                throw new InvalidInputException(problems);
            }
            JsonNode year = before.get("edition");
            if (year != null) {
                edition = year(year, problems);
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                return; // the dossiers are read as they are evaluated
            }
            // Rare: "dossiers" before "edition". They are kept until the year is known.
            heldDossiers = new ArrayList<>();
            heldProblems = new ArrayList<>();
            while (true) {
                List<InputProblem> dossierProblems = new ArrayList<>(0);
                reader.problems(dossierProblems);
                JsonNode node = reader.next();
                if (node == null) {
                    break;
                }
                heldDossiers.add(node);
                heldProblems.add(dossierProblems);
            }
            reader.problems(problems);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (field.equals("edition") && year == null) {
                    year = reader.next();
                    continue;
                }
                problems.add(field.equals("edition") || field.equals("dossiers")
                        ? StrictJson.twice(source, parser.getParsingContext(), field) : unknownField(field));
                reader.skipNext();
            }
            StrictJson.nothingAfterRoot(parser, source, problems);
            if (year == null) {
                problems.add(new InputProblem(source, "edition", "expected the palmarès year as an integer, found nothing"));
            } else {
                edition = year(year, problems);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }

        private void readDossierFile(String decisive, Map<String, JsonNode> before, List<InputProblem> problems)
                throws IOException {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.setAll(before);
            root.set(decisive, reader.next());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonNode value = reader.next();
                if (root.putIfAbsent(field, value) != null) {
                    problems.add(StrictJson.twice(source, parser.getParsingContext(), field));
                }
            }
            StrictJson.nothingAfterRoot(parser, source, problems);
            dossier = root;
            dossierProblems = problems;
        }

        private Integer year(JsonNode node, List<InputProblem> problems) {
            if (node.isIntegralNumber() && node.canConvertToInt()) {
                return node.intValue();
            }
            problems.add(new InputProblem(source, "edition",
                    "expected the palmarès year as an integer, found " + JsonFields.describe(node)));
            return null;
        }

        private void offer(CandidatureSorter sorter, JsonNode node, List<InputProblem> treeProblems, int index) {
            DossierJson.Read read = DossierJson.read(node, "dossiers[" + index + "]", source, edition);
            if (read.dossier() != null && treeProblems.isEmpty()) {
                sorter.offerChecked(index, read.dossier());
                return;
            }
            List<InputProblem> problems = new ArrayList<>(treeProblems);
            problems.addAll(read.problems());
            sorter.reject(index, read.code(), read.name(), problems);
        }

        private InputProblem unknownField(String field) {
            return new InputProblem(source, InputProblem.printable(field), "unknown field " + InputProblem.quote(field)
                    + "; expected edition, dossiers");
        }

        private String describe(JsonToken token) throws IOException {
            if (token == null) {
                return "nothing";
            }
            return switch (token) {
                case START_ARRAY -> "an array";
                case VALUE_STRING -> JsonFields.describe(reader.current());
                default -> parser.getText();
            };
        }

        private InvalidInputException failure(IOException e) {
            if (e instanceof JsonProcessingException json) {
                return new InvalidInputException(StrictJson.unreadable(source, parser, json));
            }
            return new InvalidInputException(unreadable(source, e));
        }
    }

    /**
     * Tells a dossier file from an edition file by its top-level fields.
     *
     * @throws InvalidInputException when the file is missing, not JSON, or neither kind
     */
    public static FileKind kindOf(Path file) {
        try (Input input = open(file)) {
            return input.kind();
        }
    }

    /**
     * The edition year of an edition file (or of a dossier file).
     *
     * @throws InvalidInputException when the file is missing, not JSON, or has no edition year
     */
    public static int editionOf(Path file) {
        try (Input input = open(file)) {
            return input.edition();
        }
    }

    /**
     * Reads a dossier file.
     *
     * @throws InvalidInputException listing every problem of the dossier
     */
    public static Dossier readDossier(Path file) {
        try (Input input = open(file)) {
            return input.dossier();
        }
    }

    /** Reads a dossier from JSON text; {@code source} names it in problems. */
    public static Dossier readDossier(String json, String source) {
        try (Input input = open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source)) {
            return input.dossier();
        }
    }

    /**
     * What a dossier built in Java would be refused for, with the checks a dossier file gets: each
     * problem with its path in the dossier ({@code actions[3].end}) and what was expected; empty
     * when it is valid. The engine makes the same check, once per dossier.
     */
    public static List<InputProblem> problems(Dossier dossier) {
        return DossierValidator.problems(dossier);
    }

    /**
     * Reads an edition file, one dossier at a time. Invalid dossiers are returned as rejections;
     * the valid ones are all kept.
     *
     * @throws InvalidInputException when the file itself cannot be read (not JSON, no edition, no dossiers)
     */
    public static Candidatures readCandidatures(Path file) {
        try (Input input = open(file)) {
            return input.candidatures();
        }
    }

    /** Reads an edition file from a stream, which it closes; {@code source} names it in problems. */
    public static Candidatures readCandidatures(InputStream in, String source) {
        try (Input input = open(in, source)) {
            return input.candidatures();
        }
    }

    /**
     * Reads an edition file without holding its dossiers: each one goes to the handler as soon as
     * it is read and checked, so that a file of any size can be evaluated.
     *
     * @param handlerOfEdition gives the handler once the file's edition year is known
     * @return the edition year
     * @throws InvalidInputException when the file itself cannot be read (not JSON, no edition, no dossiers)
     */
    @SuppressWarnings("exports") // for the engine, the one module fr.label.spi is exported to
    public static int readCandidatures(Path file, java.util.function.IntFunction<CandidatureHandler> handlerOfEdition) {
        try (Input input = open(file)) {
            int edition = input.edition();
            input.dossiers(handlerOfEdition.apply(edition));
            return edition;
        }
    }

    /**
     * Reads an edition file without holding its dossiers and without evaluating them, for a tool
     * that only reads (a checker, a converter, a benchmark of the reader): each valid dossier goes
     * to {@code valid} with its index in the file, each rejected one to {@code rejected}, in file
     * order, with the checks and problems of {@link #readCandidatures(Path)}.
     *
     * @return the edition year
     * @throws InvalidInputException when the file itself cannot be read (not JSON, no edition, no dossiers)
     */
    public static int readCandidatures(Path file, java.util.function.ObjIntConsumer<Dossier> valid,
                                       java.util.function.Consumer<fr.label.dossier.Rejection> rejected) {
        return readCandidatures(file, edition -> new CandidatureHandler() {
            @Override
            public void valid(int index, Dossier dossier) {
                valid.accept(dossier, index);
            }

            @Override
            public void rejected(fr.label.dossier.Rejection rejection) {
                rejected.accept(rejection);
            }
        });
    }

    /** The dossier in the dossier file format, ready to be read back by {@link #readDossier(Path)}. */
    public static String toJson(Dossier dossier) {
        return write(generator -> DossierJson.write(dossier, generator, true));
    }

    /** The result as JSON, explanations in the given language. */
    public static String toJson(Result result, Language language) {
        return write(generator -> ResultJson.write(result, language, true, generator));
    }

    /** The palmarès as JSON: figures, catalogue, every result and every rejection. */
    public static String toJson(Palmares palmares, Language language) {
        return write(generator -> ResultJson.write(palmares, language, generator));
    }

    /** Writes the palmarès as JSON to a stream, without building the text in memory. */
    public static void write(Palmares palmares, Language language, OutputStream out) {
        try (JsonGenerator generator = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            ResultJson.write(palmares, language, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an edition file dossier by dossier, one dossier a line, for editions too big to be
     * built in memory first (a generator, an export from another system). The file reads back with
     * {@link #readCandidatures(Path)} or evaluates with
     * {@link fr.label.LabelEngine#evaluateEdition(Path, java.util.function.Consumer)}.
     *
     * <pre>{@code
     * try (LabelJson.EditionWriter writer = LabelJson.editionWriter(Files.newOutputStream(file), 2023)) {
     *     dossiers.forEach(writer::dossier);
     * }
     * }</pre>
     */
    public static final class EditionWriter implements AutoCloseable {
        private final JsonGenerator generator;
        private final int edition;

        private EditionWriter(JsonGenerator generator, int edition) {
            this.generator = generator;
            this.edition = edition;
        }

        /** Writes a dossier of the edition. */
        public synchronized void dossier(Dossier dossier) {
            if (dossier.edition() != edition) {
                throw new IllegalArgumentException("expected a dossier of the edition " + edition + ", found one of "
                        + dossier.edition() + " (" + dossier.code() + ")");
            }
            try {
                generator.writeRaw('\n');
                DossierJson.write(dossier, generator, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Ends the edition and closes the stream. */
        @Override
        public synchronized void close() {
            try {
                generator.writeRaw('\n');
                generator.writeEndArray();
                generator.writeEndObject();
                generator.writeRaw('\n');
                generator.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Opens an {@link EditionWriter} on a stream, which it closes with the writer. */
    public static EditionWriter editionWriter(OutputStream out, int edition) {
        try {
            JsonGenerator generator = FACTORY.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8);
            generator.writeStartObject();
            generator.writeNumberField("edition", edition);
            generator.writeArrayFieldStart("dossiers");
            return new EditionWriter(generator, edition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a palmarès as JSON result by result, for editions whose results are not held in
     * memory ({@link fr.label.LabelEngine#evaluateEdition(Path, java.util.function.Consumer)}):
     * the same shape as {@link #toJson(Palmares, Language)}, the figures last, then
     * {@code "complete": true}; or, when the edition fails half-way, {@code "complete": false}
     * and its problems ({@link #incomplete(List)}).
     *
     * <pre>{@code
     * try (LabelJson.PalmaresWriter writer = LabelJson.palmaresWriter(out, engine.edition(), engine.catalogue(), Language.FR)) {
     *     try {
     *         writer.finish(engine.evaluateEdition(file, writer::result));
     *     } catch (InvalidInputException e) {
     *         writer.incomplete(e.problems());
     *         throw e;
     *     }
     * }
     * }</pre>
     */
    public static final class PalmaresWriter implements AutoCloseable {
        private final JsonGenerator generator;
        private final Language language;

        private PalmaresWriter(JsonGenerator generator, Language language) {
            this.generator = generator;
            this.language = language;
        }

        public synchronized void result(Result result) {
            try {
                ResultJson.write(result, language, false, generator);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes the rejections and figures, then {@code "complete": true}, and closes the palmarès object. */
        public synchronized void finish(Palmares figures) {
            try {
                ResultJson.tail(figures, generator);
                generator.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Ends a palmarès whose edition failed after some results were written: closes the
         * results, writes {@code "complete": false} and the problems that stopped the edition,
         * and closes the palmarès object; no rejection nor figure, which were not known. A
         * reader can never take it for a whole palmarès.
         */
        public synchronized void incomplete(List<InputProblem> problems) {
            try {
                ResultJson.incomplete(problems, generator);
                generator.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                generator.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Opens a {@link PalmaresWriter} on a stream, which it does not close. */
    public static PalmaresWriter palmaresWriter(OutputStream out, int edition, java.util.List<fr.label.result.Mention> catalogue,
                                                Language language) {
        try {
            return palmaresWriter(FACTORY.createGenerator(out), edition, catalogue, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a {@link PalmaresWriter} on a writer, which it does not close. */
    public static PalmaresWriter palmaresWriter(java.io.Writer out, int edition,
                                                java.util.List<fr.label.result.Mention> catalogue, Language language) {
        try {
            return palmaresWriter(FACTORY.createGenerator(out), edition, catalogue, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PalmaresWriter palmaresWriter(JsonGenerator created, int edition,
                                                 java.util.List<fr.label.result.Mention> catalogue, Language language) {
        try {
            JsonGenerator generator = created.useDefaultPrettyPrinter();
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // A palmarès closed before its end must not be completed silently into well-formed JSON.
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            ResultJson.head(edition, catalogue, language, generator);
            return new PalmaresWriter(generator, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface GeneratorWork {
        void writeWith(JsonGenerator generator) throws IOException;
    }

    static String write(GeneratorWork work) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            work.writeWith(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static InputProblem unreadable(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputProblem(source, "", "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new InputProblem(source, "", "cannot be read: permission denied");
        }
        String reason = e instanceof FileSystemException system && system.getReason() != null ? system.getReason()
                : e.getMessage();
        return new InputProblem(source, "", "cannot be read: " + (reason == null ? "input error" : reason));
    }
}
