package fr.label.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.dossier.DossierValidator;
import fr.label.dossier.HistoryEntry;
import fr.label.dossier.InputProblem;
import fr.label.internal.json.JsonFields;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the dossiers of an edition file straight from the parser into the records, without a
 * tree per dossier: the common case, a dossier well formed and valid, at the speed of the parser.
 *
 * <p>It accepts only what the tree reader ({@link StrictJson.TreeReader} then {@link DossierJson})
 * accepts without a problem, and nothing it would read differently (no null, no number that is
 * not an int, no field given twice...). At the first token it does not accept, it stops and
 * {@link #replay()} gives the tree reader the dossier's tokens read so far followed by the rest of
 * the file, so that a dossier with a problem is read by the tree reader whole and gets its
 * problems word for word: there is one source of truth for the messages.
 */
final class DossierStream {

    /** A token not accepted; thrown without a stack trace, as the common way out of a bad dossier. */
    private static final class Deviation extends Exception {
        private static final Deviation INSTANCE = new Deviation();

        private Deviation() {
            super(null, null, false, false);
        }
    }

    private static final Deviation DEVIATION = Deviation.INSTANCE;
    private static final Map<String, CollectiviteType> TYPES = Arrays.stream(CollectiviteType.values())
            .collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final JsonParser parser;
    private final int edition;

    // The tokens of the current dossier accepted so far, with their text or int value.
    private JsonToken[] tokens = new JsonToken[1024];
    private String[] texts = new String[1024];
    private int[] numbers = new int[1024];
    private int recorded;
    /** Whether the parser's current token is among the recorded ones (the deviation came after it). */
    private boolean currentRecorded;
    private final List<InputProblem> validation = new ArrayList<>();

    DossierStream(JsonParser parser, int edition) {
        this.parser = parser;
        this.edition = edition;
    }

    /**
     * The dossier that starts at the parser's current token, a {@code START_OBJECT}, read and
     * checked; {@code null} when the tree reader must read it from {@link #replay()}.
     */
    Dossier read() throws IOException {
        recorded = 0;
        currentRecorded = false;
        try {
            return dossier();
        } catch (Deviation deviation) {
            return null;
        }
    }

    /**
     * After {@link #read()} gave {@code null}: the dossier from its start, its recorded tokens then
     * the parser from where the reading stopped. Only the parser's own tokens can carry a problem of
     * the reader (a key given twice, a value nested too deep), and they carry its paths and positions.
     * Not to be closed: it would close the parser.
     */
    JsonParser replay() throws IOException {
        TokenBuffer buffer = new TokenBuffer((ObjectCodec) null, false);
        for (int i = 0; i < recorded; i++) {
            switch (tokens[i]) {
                case START_OBJECT -> buffer.writeStartObject();
                case END_OBJECT -> buffer.writeEndObject();
                case START_ARRAY -> buffer.writeStartArray();
                case END_ARRAY -> buffer.writeEndArray();
                case FIELD_NAME -> buffer.writeFieldName(texts[i]);
                case VALUE_STRING -> buffer.writeString(texts[i]);
                case VALUE_NUMBER_INT -> buffer.writeNumber(numbers[i]);
                case VALUE_TRUE -> buffer.writeBoolean(true);
                case VALUE_FALSE -> buffer.writeBoolean(false);
                case VALUE_NULL -> buffer.writeNull();
                default -> throw new IllegalStateException("not recorded: " + tokens[i]);
            }
        }
        // The parser's current token comes next unless it was recorded.
        return JsonParserSequence.createFlattened(!currentRecorded, buffer.asParser(), parser);
    }

    private Dossier dossier() throws IOException, Deviation {
        record(JsonToken.START_OBJECT);
        int seen = 0;
        Collectivite collectivite = null;
        List<Action> actions = null;
        List<HistoryEntry> history = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            switch (field) {
                case "edition" -> {
                    seen = once(seen, 1, field);
                    int year = integer(parser.nextToken());
                    if (year != edition) {
                        throw DEVIATION;
                    }
                    recordInt(year);
                }
                case "collectivite" -> {
                    seen = once(seen, 2, field);
                    collectivite = collectivite();
                }
                case "actions" -> {
                    seen = once(seen, 4, field);
                    actions = actions();
                }
                case "history" -> {
                    seen = once(seen, 8, field);
                    history = history();
                }
                default -> throw DEVIATION;
            }
        }
        if ((seen & 6) != 6) { // collectivite and actions are required
            throw DEVIATION;
        }
        record(JsonToken.END_OBJECT);
        currentRecorded = true;
        // The checks of values, with the validator the tree reader uses: any problem and the tree reader tells it.
        validation.clear();
        DossierValidator.collectivite(collectivite.code(), collectivite.name(), collectivite.population(), "", validation);
        for (Action action : actions) {
            DossierValidator.action(action, "", validation);
        }
        DossierValidator.history(edition, history, "", validation);
        if (!validation.isEmpty()) {
            throw DEVIATION;
        }
        Dossier dossier = new Dossier(edition, collectivite, actions, history);
        DossierValidator.checked(dossier); // checked here, part by part: the engine does not check it again
        return dossier;
    }

    private Collectivite collectivite() throws IOException, Deviation {
        start(JsonToken.START_OBJECT);
        int seen = 0;
        String code = null;
        String name = null;
        CollectiviteType type = null;
        Integer population = null;
        String departement = null;
        String region = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            switch (field) {
                case "code" -> {
                    seen = once(seen, 1, field);
                    code = string(parser.nextToken());
                }
                case "name" -> {
                    seen = once(seen, 2, field);
                    name = string(parser.nextToken());
                }
                case "type" -> {
                    seen = once(seen, 4, field);
                    String text = text(parser.nextToken());
                    type = TYPES.get(text);
                    if (type == null) {
                        throw DEVIATION;
                    }
                    recordText(JsonToken.VALUE_STRING, text);
                }
                case "population" -> {
                    seen = once(seen, 8, field);
                    JsonToken token = parser.nextToken();
                    population = optional(token) ? null : recordInt(integer(token));
                }
                case "departement" -> {
                    seen = once(seen, 16, field);
                    JsonToken token = parser.nextToken();
                    departement = optional(token) ? null : string(token);
                }
                case "region" -> {
                    seen = once(seen, 32, field);
                    JsonToken token = parser.nextToken();
                    region = optional(token) ? null : string(token);
                }
                default -> throw DEVIATION;
            }
        }
        if ((seen & 7) != 7) { // code, name and type are required
            throw DEVIATION;
        }
        record(JsonToken.END_OBJECT);
        return new Collectivite(code, name, type, population, departement, region);
    }

    private List<Action> actions() throws IOException, Deviation {
        start(JsonToken.START_ARRAY);
        List<Action> actions = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            record(JsonToken.START_OBJECT);
            actions.add(action());
        }
        end(token, JsonToken.END_ARRAY);
        return actions;
    }

    private Action action() throws IOException, Deviation {
        int seen = 0;
        String id = null;
        String title = null;
        List<String> services = null;
        LocalDate start = null;
        LocalDate end = null;
        boolean innovative = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            switch (field) {
                case "id" -> {
                    seen = once(seen, 1, field);
                    id = string(parser.nextToken());
                }
                case "title" -> {
                    seen = once(seen, 2, field);
                    title = string(parser.nextToken());
                }
                case "services" -> {
                    seen = once(seen, 4, field);
                    services = services();
                }
                case "start" -> {
                    seen = once(seen, 8, field);
                    start = date(parser.nextToken());
                }
                case "end" -> {
                    seen = once(seen, 16, field);
                    JsonToken token = parser.nextToken();
                    end = optional(token) ? null : date(token);
                }
                case "innovative" -> {
                    seen = once(seen, 32, field);
                    JsonToken token = parser.nextToken();
                    innovative = !optional(token) && bool(token);
                }
                default -> throw DEVIATION;
            }
        }
        if ((seen & 15) != 15) { // id, title, services and start are required
            throw DEVIATION;
        }
        record(JsonToken.END_OBJECT);
        return new Action(id, title, services, start, end, innovative);
    }

    private List<String> services() throws IOException, Deviation {
        start(JsonToken.START_ARRAY);
        List<String> services = new ArrayList<>(2);
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
            String service = parser.getText();
            recordText(JsonToken.VALUE_STRING, service);
            services.add(service);
        }
        end(token, JsonToken.END_ARRAY);
        return services;
    }

    private List<HistoryEntry> history() throws IOException, Deviation {
        JsonToken token = parser.nextToken();
        if (optional(token)) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            throw DEVIATION;
        }
        record(JsonToken.START_ARRAY);
        List<HistoryEntry> history = new ArrayList<>(4);
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            record(JsonToken.START_OBJECT);
            history.add(historyEntry());
        }
        end(token, JsonToken.END_ARRAY);
        return history;
    }

    private HistoryEntry historyEntry() throws IOException, Deviation {
        int seen = 0;
        int entryEdition = 0;
        int arobases = 0;
        boolean excellence = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            switch (field) {
                case "edition" -> {
                    seen = once(seen, 1, field);
                    entryEdition = recordInt(integer(parser.nextToken()));
                }
                case "arobases" -> {
                    seen = once(seen, 2, field);
                    arobases = recordInt(integer(parser.nextToken()));
                }
                case "excellence" -> {
                    seen = once(seen, 4, field);
                    JsonToken token = parser.nextToken();
                    excellence = !optional(token) && bool(token);
                }
                default -> throw DEVIATION;
            }
        }
        if ((seen & 3) != 3) { // edition and arobases are required
            throw DEVIATION;
        }
        record(JsonToken.END_OBJECT);
        return new HistoryEntry(entryEdition, arobases, excellence);
    }

    /** A field not seen before in its object (its bit not in {@code seen}): records its name. */
    private int once(int seen, int bit, String field) throws Deviation {
        if ((seen & bit) != 0) {
            throw DEVIATION;
        }
        recordText(JsonToken.FIELD_NAME, field);
        return seen | bit;
    }

    /** Whether an optional field's value is null, which reads as absent: recorded when it is. */
    private boolean optional(JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            record(JsonToken.VALUE_NULL);
            return true;
        }
        return false;
    }

    private String string(JsonToken token) throws IOException, Deviation {
        String text = text(token);
        recordText(JsonToken.VALUE_STRING, text);
        return text;
    }

    private LocalDate date(JsonToken token) throws IOException, Deviation {
        String text = text(token);
        LocalDate date = JsonFields.isoDate(text);
        if (date == null) {
            throw DEVIATION;
        }
        recordText(JsonToken.VALUE_STRING, text);
        return date;
    }

    /** The token's text, not yet recorded: the caller records it once it accepts it. */
    private String text(JsonToken token) throws IOException, Deviation {
        if (token != JsonToken.VALUE_STRING) {
            throw DEVIATION;
        }
        return parser.getText();
    }

    /** The token's int, not yet recorded: the caller records it once it accepts it. */
    private int integer(JsonToken token) throws IOException, Deviation {
        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw DEVIATION;
        }
        return parser.getIntValue();
    }

    private boolean bool(JsonToken token) throws Deviation {
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw DEVIATION;
        }
        record(token);
        return token == JsonToken.VALUE_TRUE;
    }

    private void start(JsonToken expected) throws IOException, Deviation {
        if (parser.nextToken() != expected) {
            throw DEVIATION;
        }
        record(expected);
    }

    private void end(JsonToken token, JsonToken expected) throws Deviation {
        if (token != expected) {
            throw DEVIATION;
        }
        record(expected);
    }

    private void record(JsonToken token) {
        grow();
        tokens[recorded++] = token;
    }

    private void recordText(JsonToken token, String text) {
        grow();
        tokens[recorded] = token;
        texts[recorded++] = text;
    }

    private int recordInt(int value) {
        grow();
        tokens[recorded] = JsonToken.VALUE_NUMBER_INT;
        numbers[recorded++] = value;
        return value;
    }

    private void grow() {
        if (recorded == tokens.length) {
            tokens = Arrays.copyOf(tokens, recorded * 2);
            texts = Arrays.copyOf(texts, recorded * 2);
            numbers = Arrays.copyOf(numbers, recorded * 2);
        }
    }
}
