package fr.label.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.label.Language;
import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.spi.CandidatureHandler;
import fr.label.spi.CandidatureSorter;
import fr.label.spi.DossierValidator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads dossier and edition files and writes results, in the JSON formats of the README.
 * Every problem names the file, the JSON path and what was expected.
 *
 * <pre>{@code
 * Dossier dossier = LabelJson.readDossier(Path.of("carpentras.json"));
 * Candidatures edition = LabelJson.readCandidatures(Path.of("edition-2023.json"));
 * String json = LabelJson.toJson(engine.evaluate(dossier), Language.FR);
 * }</pre>
 */
public final class LabelJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** What a file holds. */
    public enum FileKind { DOSSIER, EDITION }

    private LabelJson() {
    }

    /**
     * Tells a dossier file from an edition file by its top-level fields, without reading it all.
     *
     * @throws InvalidInputException when the file is missing, not JSON, or neither kind
     */
    public static FileKind kindOf(Path file) {
        String name = file.toString();
        try (JsonParser parser = FACTORY.createParser(open(file))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(new InputProblem(name, "", "expected a JSON object"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (field.equals("dossiers")) {
                    return FileKind.EDITION;
                }
                if (field.equals("collectivite") || field.equals("actions")) {
                    return FileKind.DOSSIER;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            throw new InvalidInputException(new InputProblem(name, "",
                    "expected a dossier (with \"collectivite\") or an edition file (with \"dossiers\")"));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(malformed(name, e));
        } catch (IOException e) {
            throw new InvalidInputException(unreadable(name, e));
        }
    }

    /**
     * The edition year of an edition file, read without holding the file.
     *
     * @throws InvalidInputException when the file is missing, not JSON, or has no edition year
     */
    public static int editionOf(Path file) {
        String name = file.toString();
        try (JsonParser parser = FACTORY.createParser(open(file))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(new InputProblem(name, "", "expected a JSON object"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("edition")) {
                    if (value == JsonToken.VALUE_NUMBER_INT) {
                        return parser.getIntValue();
                    }
                    throw new InvalidInputException(new InputProblem(name, "edition",
                            "expected the palmarès year as an integer, found " + parser.getText()));
                }
                parser.skipChildren();
            }
            throw new InvalidInputException(new InputProblem(name, "edition",
                    "expected the palmarès year as an integer, found nothing"));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(malformed(name, e));
        } catch (IOException e) {
            throw new InvalidInputException(unreadable(name, e));
        }
    }

    /**
     * Reads a dossier file.
     *
     * @throws InvalidInputException listing every problem of the dossier
     */
    public static Dossier readDossier(Path file) {
        String name = file.toString();
        JsonNode root;
        try (InputStream in = open(file)) {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(malformed(name, e));
        } catch (IOException e) {
            throw new InvalidInputException(unreadable(name, e));
        }
        return dossier(root, name);
    }

    /** Reads a dossier from JSON text; {@code source} names it in problems. */
    public static Dossier readDossier(String json, String source) {
        try {
            return dossier(MAPPER.readTree(json), source);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(malformed(source, e));
        }
    }

    private static Dossier dossier(JsonNode root, String name) {
        DossierJson.Read read = DossierJson.read(root, "", name, null);
        if (!read.problems().isEmpty()) {
            throw new InvalidInputException(read.problems());
        }
        return read.dossier();
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
        String name = file.toString();
        try (InputStream in = open(file)) {
            return readCandidatures(in, name);
        } catch (IOException e) {
            throw new InvalidInputException(unreadable(name, e));
        }
    }

    /** Reads an edition file from a stream; {@code source} names it in problems. */
    public static Candidatures readCandidatures(InputStream in, String source) {
        CandidatureSorter.Collector[] collector = new CandidatureSorter.Collector[1];
        readCandidatures(in, source, edition -> collector[0] = new CandidatureSorter.Collector(edition, source));
        return collector[0].candidatures();
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
        String name = file.toString();
        try (InputStream in = open(file)) {
            return readCandidatures(in, name, handlerOfEdition);
        } catch (IOException e) {
            throw new InvalidInputException(unreadable(name, e));
        }
    }

    private static int readCandidatures(InputStream in, String source,
                                        java.util.function.IntFunction<CandidatureHandler> handlerOfEdition) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            parser.setCodec(MAPPER);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(new InputProblem(source, "", "expected a JSON object"));
            }
            Integer edition = null;
            List<JsonNode> dossiersBeforeEdition = null;
            CandidatureSorter sorter = null;
            boolean sawDossiers = false;
            List<InputProblem> fileProblems = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "edition" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT) {
                            throw new InvalidInputException(new InputProblem(source, "edition",
                                    "expected the palmarès year as an integer, found " + parser.getText()));
                        }
                        edition = parser.getIntValue();
                    }
                    case "dossiers" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw new InvalidInputException(new InputProblem(source, "dossiers",
                                    "expected an array of dossiers, found " + parser.getText()));
                        }
                        sawDossiers = true;
                        if (edition == null) {
                            // Rare: "dossiers" before "edition"; keep the trees until the year is known.
                            dossiersBeforeEdition = new ArrayList<>();
                            while (parser.nextToken() != JsonToken.END_ARRAY) {
                                dossiersBeforeEdition.add(parser.readValueAsTree());
                            }
                        } else {
                            sorter = new CandidatureSorter(edition, source, handlerOfEdition.apply(edition));
                            int index = 0;
                            while (parser.nextToken() != JsonToken.END_ARRAY) {
                                offer(sorter, parser.readValueAsTree(), index++, edition, source);
                            }
                        }
                    }
                    default -> {
                        fileProblems.add(new InputProblem(source, field,
                                "unknown field \"" + field + "\"; expected edition, dossiers"));
                        parser.skipChildren();
                    }
                }
            }
            if (!fileProblems.isEmpty()) {
                throw new InvalidInputException(fileProblems);
            }
            if (edition == null) {
                throw new InvalidInputException(new InputProblem(source, "edition",
                        "expected the palmarès year as an integer, found nothing"));
            }
            if (!sawDossiers) {
                throw new InvalidInputException(new InputProblem(source, "dossiers",
                        "expected an array of dossiers, found nothing"));
            }
            if (sorter == null) {
                sorter = new CandidatureSorter(edition, source, handlerOfEdition.apply(edition));
                for (int i = 0; i < dossiersBeforeEdition.size(); i++) {
                    offer(sorter, dossiersBeforeEdition.get(i), i, edition, source);
                }
            }
            return edition;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(malformed(source, e));
        } catch (IOException e) {
            throw new InvalidInputException(unreadable(source, e));
        }
    }

    private static void offer(CandidatureSorter sorter, JsonNode node, int index, int edition, String source) {
        DossierJson.Read read = DossierJson.read(node, "dossiers[" + index + "]", source, edition);
        if (read.dossier() == null) {
            sorter.reject(index, read.code(), read.name(), read.problems());
        } else {
            sorter.offerChecked(index, read.dossier());
        }
    }

    /** The dossier in the dossier file format, ready to be read back by {@link #readDossier(Path)}. */
    public static String toJson(Dossier dossier) {
        return write(generator -> DossierJson.write(dossier, generator, true));
    }

    /** The result as JSON, explanations in the given language. */
    public static String toJson(Result result, Language language) {
        return write(generator -> ResultJson.write(result, language, generator));
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
     * the same shape as {@link #toJson(Palmares, Language)}, the figures last.
     *
     * <pre>{@code
     * try (LabelJson.PalmaresWriter writer = LabelJson.palmaresWriter(out, engine.edition(), engine.catalogue(), Language.FR)) {
     *     writer.finish(engine.evaluateEdition(file, writer::result));
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
                ResultJson.write(result, language, generator);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes the rejections and figures and closes the palmarès object. */
        public synchronized void finish(Palmares figures) {
            try {
                ResultJson.tail(figures, generator);
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

    private static InputStream open(Path file) throws IOException {
        return Files.newInputStream(file);
    }

    private static InputProblem malformed(String source, JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
        // Jackson names the start of an unclosed object as "[Source: ...; line: 1, column: 49]".
        String message = e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]",
                "line $1, column $2");
        return new InputProblem(source, where, "expected well-formed JSON: " + message);
    }

    private static InputProblem unreadable(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputProblem(source, "", "no such file");
        }
        return new InputProblem(source, "", "cannot be read: " + e.getMessage());
    }
}
