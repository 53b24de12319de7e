package fr.label.json;

import com.fasterxml.jackson.databind.JsonNode;
import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.dossier.InputProblem;
import fr.label.internal.json.JsonFields;
import fr.label.dossier.DossierValidator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.label.internal.json.JsonFields.at;

/** Turns the JSON of one dossier into a {@link Dossier}, or into the problems that prevent it. */
final class DossierJson {

    private static final Set<String> DOSSIER_FIELDS = ordered("edition", "collectivite", "actions", "history");
    private static final Set<String> COLLECTIVITE_FIELDS =
            ordered("code", "name", "type", "population", "departement", "region");
    private static final Set<String> ACTION_FIELDS = ordered("id", "title", "services", "start", "end", "innovative");
    private static final Set<String> HISTORY_FIELDS = ordered("edition", "arobases", "excellence");
    private static final String TYPES = Arrays.stream(CollectiviteType.values())
            .map(Enum::name).collect(Collectors.joining(", "));

    private DossierJson() {
    }

    /** What reading one dossier gave: the dossier when its shape is right, and the problems found. */
    record Read(Dossier dossier, String code, String name, List<InputProblem> problems) {
    }

    /**
     * @param editionWhenAbsent the edition file's year, used when the dossier omits its own; {@code null} for a lone dossier
     */
    static Read read(JsonNode node, String path, String file, Integer editionWhenAbsent) {
        JsonFields fields = new JsonFields(file);
        if (!fields.isObject(node, path)) {
            return new Read(null, null, null, fields.problems());
        }
        fields.onlyKnownFields(node, path, DOSSIER_FIELDS);
        Integer edition = editionWhenAbsent == null || node.has("edition")
                ? fields.integer(node, "edition", path, true)
                : editionWhenAbsent;
        if (editionWhenAbsent != null && edition != null && !edition.equals(editionWhenAbsent)) {
            fields.problem(at(path, "edition"), "expected the edition of the file, " + editionWhenAbsent
                    + ", found " + edition);
        }
        Collectivite collectivite = collectivite(node.get("collectivite"), at(path, "collectivite"), fields);
        List<JsonNode> actionNodes = fields.array(node, "actions", path, true);
        List<Action> actions = new ArrayList<>(actionNodes.size());
        for (int i = 0; i < actionNodes.size(); i++) {
            String actionPath = at(at(path, "actions"), i);
            Action action = action(actionNodes.get(i), actionPath, fields);
            if (action != null) {
                DossierValidator.action(action, actionPath, problems(fields));
            }
            actions.add(action);
        }
        List<JsonNode> historyNodes = fields.array(node, "history", path, false);
        List<HistoryEntry> history = new ArrayList<>(historyNodes.size());
        for (int i = 0; i < historyNodes.size(); i++) {
            history.add(historyEntry(historyNodes.get(i), at(at(path, "history"), i), fields));
        }
        DossierValidator.history(editionWhenAbsent != null ? editionWhenAbsent : edition, history,
                at(path, "history"), problems(fields));
        String code = collectivite == null ? text(node.path("collectivite").get("code")) : collectivite.code();
        String name = collectivite == null ? text(node.path("collectivite").get("name")) : collectivite.name();
        if (!fields.problems().isEmpty()) {
            return new Read(null, code, name, fields.problems());
        }
        Dossier dossier = new Dossier(edition, collectivite, actions, history);
        DossierValidator.checked(dossier); // checked above, part by part: the engine does not check it again
        return new Read(dossier, code, name, List.of());
    }

    private static Collectivite collectivite(JsonNode node, String path, JsonFields fields) {
        if (!fields.isObject(node, path)) {
            return null;
        }
        fields.onlyKnownFields(node, path, COLLECTIVITE_FIELDS);
        String code = fields.string(node, "code", path, true);
        String name = fields.string(node, "name", path, true);
        CollectiviteType type = type(node, path, fields);
        Integer population = fields.integer(node, "population", path, false);
        String departement = fields.string(node, "departement", path, false);
        String region = fields.string(node, "region", path, false);
        DossierValidator.collectivite(code, name, population, path, problems(fields));
        if (code == null || name == null || type == null) {
            return null;
        }
        return new Collectivite(code, name, type, population, departement, region);
    }

    private static CollectiviteType type(JsonNode node, String path, JsonFields fields) {
        String type = fields.string(node, "type", path, false);
        if (type == null) {
            if (!node.hasNonNull("type")) {
                fields.problem(at(path, "type"), "expected one of " + TYPES + ", found nothing");
            }
            return null;
        }
        try {
            return CollectiviteType.valueOf(type);
        } catch (IllegalArgumentException e) {
            fields.problem(at(path, "type"), "expected one of " + TYPES + ", found " + InputProblem.quote(type));
            return null;
        }
    }

    private static Action action(JsonNode node, String path, JsonFields fields) {
        if (!fields.isObject(node, path)) {
            return null;
        }
        fields.onlyKnownFields(node, path, ACTION_FIELDS);
        String id = fields.string(node, "id", path, true);
        String title = fields.string(node, "title", path, true);
        List<JsonNode> serviceNodes = fields.array(node, "services", path, true);
        List<String> services = new ArrayList<>(serviceNodes.size());
        for (int s = 0; s < serviceNodes.size(); s++) {
            JsonNode service = serviceNodes.get(s);
            if (service.isTextual()) {
                services.add(service.textValue());
            } else {
                fields.problem(at(at(path, "services"), s), "expected a service code string, found "
                        + JsonFields.describe(service));
            }
        }
        LocalDate start = fields.date(node, "start", path, true);
        LocalDate end = fields.date(node, "end", path, false);
        boolean innovative = fields.bool(node, "innovative", path, false);
        if (id == null || title == null || start == null) {
            return null;
        }
        return new Action(id, title, services, start, end, innovative);
    }

    private static HistoryEntry historyEntry(JsonNode node, String path, JsonFields fields) {
        if (!fields.isObject(node, path)) {
            return null;
        }
        fields.onlyKnownFields(node, path, HISTORY_FIELDS);
        Integer edition = fields.integer(node, "edition", path, true);
        Integer arobases = fields.integer(node, "arobases", path, true);
        boolean excellence = fields.bool(node, "excellence", path, false);
        if (edition == null || arobases == null) {
            return null;
        }
        return new HistoryEntry(edition, arobases, excellence);
    }

    /** The validator's problems have no file: this list gives them the reader's. */
    private static List<InputProblem> problems(JsonFields fields) {
        return new java.util.AbstractList<>() {
            @Override
            public InputProblem get(int index) {
                return fields.problems().get(index);
            }

            @Override
            public int size() {
                return fields.problems().size();
            }

            @Override
            public boolean add(InputProblem problem) {
                fields.problem(problem.path(), problem.message());
                return true;
            }
        };
    }

    /**
     * Writes a dossier; what the format lets a reader assume is left out (no end date, not
     * innovative, no history, no population...). {@code withEdition}: false inside an edition
     * file, whose year every dossier takes.
     */
    static void write(Dossier dossier, com.fasterxml.jackson.core.JsonGenerator out, boolean withEdition)
            throws java.io.IOException {
        out.writeStartObject();
        if (withEdition) {
            out.writeNumberField("edition", dossier.edition());
        }
        Collectivite c = dossier.collectivite();
        out.writeObjectFieldStart("collectivite");
        out.writeStringField("code", c.code());
        out.writeStringField("name", c.name());
        out.writeStringField("type", c.type().name());
        if (c.population() != null) {
            out.writeNumberField("population", c.population());
        }
        if (c.departement() != null) {
            out.writeStringField("departement", c.departement());
        }
        if (c.region() != null) {
            out.writeStringField("region", c.region());
        }
        out.writeEndObject();
        out.writeArrayFieldStart("actions");
        for (Action action : dossier.actions()) {
            out.writeStartObject();
            out.writeStringField("id", action.id());
            out.writeStringField("title", action.title());
            out.writeArrayFieldStart("services");
            for (String service : action.services()) {
                out.writeString(service);
            }
            out.writeEndArray();
            out.writeStringField("start", action.start().toString());
            if (action.end() != null) {
                out.writeStringField("end", action.end().toString());
            }
            if (action.innovative()) {
                out.writeBooleanField("innovative", true);
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        if (!dossier.history().isEmpty()) {
            out.writeArrayFieldStart("history");
            for (HistoryEntry entry : dossier.history()) {
                out.writeStartObject();
                out.writeNumberField("edition", entry.edition());
                out.writeNumberField("arobases", entry.arobases());
                if (entry.excellence()) {
                    out.writeBooleanField("excellence", true);
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private static Set<String> ordered(String... names) {
        return new java.util.LinkedHashSet<>(List.of(names));
    }
}
