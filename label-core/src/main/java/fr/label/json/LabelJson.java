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
import fr.label.dossier.DossierValidator;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.result.Palmares;
import fr.label.result.Result;

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
        List<InputProblem> problems = DossierValidator.problems(read.dossier()).stream()
                .map(p -> p.inFile(name)).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return read.dossier();
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
        try (JsonParser parser = FACTORY.createParser(in)) {
            parser.setCodec(MAPPER);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(new InputProblem(source, "", "expected a JSON object"));
            }
            Integer edition = null;
            List<JsonNode> dossiersBeforeEdition = null;
            Candidatures.Sorter sorter = null;
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
                            sorter = new Candidatures.Sorter(edition, source);
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
                sorter = new Candidatures.Sorter(edition, source);
                for (int i = 0; i < dossiersBeforeEdition.size(); i++) {
                    offer(sorter, dossiersBeforeEdition.get(i), i, edition, source);
                }
            }
            return sorter.candidatures();
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(malformed(source, e));
        } catch (IOException e) {
            throw new InvalidInputException(unreadable(source, e));
        }
    }

    private static void offer(Candidatures.Sorter sorter, JsonNode node, int index, int edition, String source) {
        DossierJson.Read read = DossierJson.read(node, "dossiers[" + index + "]", source, edition);
        if (read.dossier() == null) {
            sorter.reject(index, read.code(), read.name(), read.problems());
        } else {
            sorter.offer(index, read.dossier(), List.of());
        }
    }

    /** The dossier in the dossier file format, ready to be read back by {@link #readDossier(Path)}. */
    public static String toJson(Dossier dossier) {
        return write(generator -> DossierJson.write(dossier, generator));
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
        return new InputProblem(source, where, "expected well-formed JSON: " + e.getOriginalMessage());
    }

    private static InputProblem unreadable(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputProblem(source, "", "no such file");
        }
        return new InputProblem(source, "", "cannot be read: " + e.getMessage());
    }
}
