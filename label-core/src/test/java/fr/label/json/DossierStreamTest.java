package fr.label.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.label.dossier.Dossier;
import fr.label.dossier.InvalidInputException;
import fr.label.dossier.Rejection;
import fr.label.spi.CandidatureHandler;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming reader of edition files ({@link DossierStream}) against the tree reader it stands
 * in for: on a valid edition and on thousands of broken ones (every value of every dossier
 * replaced, removed, given twice or nested too deep, the text cut or spoilt anywhere), both hand
 * out the same dossiers, the same rejections with the same problems, and stop on the same problem
 * of the file, word for word.
 */
class DossierStreamTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String HOLE = "@@hole@@";

    /** Every kind of field, optional ones included, over three dossiers. */
    private static final String EDITION = """
            {"edition": 2023, "dossiers": [
            {"edition": 2023, "collectivite": {"code": "84031", "name": "Carpentras", "type": "VILLE", "population": 29000, "departement": "84", "region": "Provence-Alpes-Côte d'Azur"}, "actions": [{"id": "a-001", "title": "Portail famille", "services": ["portail-famille", "paiement-en-ligne"], "start": "2021-09-01", "end": "2022-01-31", "innovative": true}, {"id": "a-002", "title": "Wifi", "services": ["wifi-public"], "start": "2020-02-29", "end": null, "innovative": false}], "history": [{"edition": 2022, "arobases": 4, "excellence": true}, {"edition": 2021, "arobases": 3}]},
            {"collectivite": {"code": "84080", "name": "Monteux", "type": "VILLAGE", "population": null, "departement": null, "region": null}, "actions": [], "history": null},
            {"collectivite": {"code": "200040", "name": "Ventoux Comtat", "type": "INTERCOMMUNALITE"}, "actions": [{"id": "a-001", "title": "Open data", "services": ["open-data"], "start": "2019-12-31", "innovative": null}], "history": [{"edition": 2019, "arobases": 5, "excellence": null}]}
            ]}
            """;

    /** What a value may be replaced with: right or wrong for each field somewhere. */
    private static final List<String> REPLACEMENTS = List.of("null", "\"\"", "\" \"", "\"x\"", "0", "-1", "1.5", "1e999",
            "3000000000", "99999999999999999999", "true", "false", "{}", "[]", "[\"x\"]", "[null]", "[{}]",
            "\"2021-02-30\"", "\"2021-9-1\"", "\"2018-01-01\"", "\"2030-01-01\"", "\"VILLAGE\"", "\"ville\"", "2023",
            "2022", "2024", "5", "6", "\"84031\"", "\"\\u0000\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                    + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
                    + "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "[" + "[".repeat(1200) + "]".repeat(1200) + "]");

    @Test
    void aValidEditionReadsTheSameByStreamAndByTree() {
        Outcome streamed = read(EDITION, false);

        assertThat(streamed.events()).hasSize(3).allMatch(event -> event.startsWith("valid"));
        assertThat(streamed).isEqualTo(read(EDITION, true));
    }

    @Test
    void everyValueReplacedRemovedOrRepeatedReadsTheSameByStreamAndByTree() throws Exception {
        JsonNode edition = PLAIN.readTree(EDITION);
        List<String> variants = new ArrayList<>();
        visit(edition.get("dossiers"), edition, variants);
        int rejectedOrStopped = 0;
        for (String variant : variants) {
            Outcome streamed = read(variant, false);
            assertThat(streamed).as(variant).isEqualTo(read(variant, true));
            if (streamed.stop() != null || streamed.events().stream().anyMatch(event -> event.startsWith("rejected"))) {
                rejectedOrStopped++;
            }
        }
        // Most variants are broken: the comparison is about problems, not only about valid dossiers.
        assertThat(variants).hasSizeGreaterThan(2000);
        assertThat(rejectedOrStopped).isGreaterThan(variants.size() * 2 / 3);
    }

    @Test
    void aTextCutOrSpoiltAnywhereStopsTheSameByStreamAndByTree() {
        int stopped = 0;
        for (int at = EDITION.indexOf('[') + 1; at < EDITION.length(); at++) {
            for (String variant : List.of(EDITION.substring(0, at), EDITION.substring(0, at) + "," + EDITION.substring(at),
                    EDITION.substring(0, at) + "}" + EDITION.substring(at), EDITION.substring(0, at) + "\"" + EDITION.substring(at))) {
                Outcome streamed = read(variant, false);
                assertThat(streamed).as(variant).isEqualTo(read(variant, true));
                stopped += streamed.stop() == null ? 0 : 1;
            }
        }
        assertThat(stopped).isGreaterThan(EDITION.length());
    }

    /** For every value under {@code node}: the edition with it replaced, removed, and its object with a field twice or unknown. */
    private static void visit(JsonNode node, JsonNode root, List<String> variants) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                for (String replacement : REPLACEMENTS) {
                    variants.add(with(root, () -> object.set(name, TextNode.valueOf(HOLE)), () -> object.set(name, value),
                            replacement));
                }
                variants.add(without(root, object, name));
                // The same field again, last: with the same value, then with another one.
                variants.add(with(root, () -> object.set(HOLE, TextNode.valueOf(HOLE)), () -> object.remove(HOLE),
                        "\"" + name + "\": " + value));
                variants.add(with(root, () -> object.set(HOLE, TextNode.valueOf(HOLE)), () -> object.remove(HOLE),
                        "\"" + name + "\": null"));
                visit(value, root, variants);
            }
            variants.add(with(root, () -> object.set(HOLE, TextNode.valueOf(HOLE)), () -> object.remove(HOLE),
                    "\"unknown\": 1"));
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                JsonNode element = array.get(i);
                for (String replacement : REPLACEMENTS) {
                    variants.add(with(root, () -> array.set(index, TextNode.valueOf(HOLE)), () -> array.set(index, element),
                            replacement));
                }
                // The element twice: a collectivité code, a history edition, an action id given again.
                variants.add(with(root, () -> array.insert(index, TextNode.valueOf(HOLE)), () -> array.remove(index),
                        element + ", " + element));
                visit(element, root, variants);
            }
        }
    }

    /** The edition's text with the hole made by {@code open} filled with {@code text}; {@code close} puts things back. */
    private static String with(JsonNode root, Runnable open, Runnable close, String text) {
        open.run();
        try {
            String json = root.toString();
            String hole = json.contains("\"" + HOLE + "\":\"" + HOLE + "\"")
                    ? "\"" + HOLE + "\":\"" + HOLE + "\"" : "\"" + HOLE + "\"";
            return json.replace(hole, text).replace("},{\"collectivite\"", "},\n{\"collectivite\"");
        } finally {
            close.run();
        }
    }

    private static String without(JsonNode root, ObjectNode object, String name) {
        // The same children, put back in their order: the visit goes on inside them.
        java.util.Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
        object.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
        object.remove(name);
        try {
            return root.toString();
        } finally {
            object.removeAll();
            object.setAll(fields);
        }
    }

    /** What a reader handed out, in order, and the problems that stopped it, if any. */
    record Outcome(List<String> events, String stop) {
    }

    private static Outcome read(String json, boolean byTree) {
        List<String> events = new ArrayList<>();
        String stop = null;
        try (LabelJson.Input input = LabelJson.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "edition.json")) {
            if (byTree) {
                input.byTree();
            }
            input.dossiers(new CandidatureHandler() {
                @Override
                public void valid(int index, Dossier dossier) {
                    events.add("valid " + index + " " + dossier);
                }

                @Override
                public void rejected(Rejection rejection) {
                    events.add("rejected " + rejection);
                }
            });
        } catch (InvalidInputException e) {
            stop = e.problems().toString();
        }
        return new Outcome(events, stop);
    }
}
