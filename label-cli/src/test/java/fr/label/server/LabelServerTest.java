package fr.label.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.json.LabelJson;
import fr.label.json.ReferentielJson;
import fr.label.referentiel.Referentiel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server on a free port, through real HTTP: the examples evaluated as the library does, each
 * bad input of docs/formats.md refused with its path, a body too large, unknown addresses and
 * methods, and concurrent requests answered as sequential ones.
 */
class LabelServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BODY = 256 * 1024;

    private static LabelServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = LabelServer.start(ServerSettings.defaults().withPort(0).withThreads(4).withMaxBodyBytes(MAX_BODY));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String example(String type) {
        try (InputStream in = LabelServerTest.class.getResourceAsStream("examples/dossier-" + type + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the library gives for a dossier: the JSON the command line prints. */
    static String libraryResult(String dossier, Language language) {
        LabelEngine engine = LabelEngine.forEdition(2023);
        return LabelJson.toJson(engine.evaluate(LabelJson.readDossier(dossier, Routes.BODY)), language);
    }

    static HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.address().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.address().resolve(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    @Test
    void evaluatesTheExampleDossiersAsTheLibraryDoes() {
        for (String type : Routes.EXAMPLES) {
            String dossier = example(type);

            HttpResponse<String> french = post("/api/2023/evaluate", dossier);
            HttpResponse<String> english = post("/api/2023/evaluate?lang=en", dossier);
            HttpResponse<String> accepted = post("/api/2023/evaluate", dossier, "Accept-Language", "de, en-GB;q=0.8, fr;q=0.5");
            // curl --data-binary @dossier.json says it sends a form: the JSON is still read as JSON.
            HttpResponse<String> curl = post("/api/2023/evaluate", dossier,
                    "Content-Type", "application/x-www-form-urlencoded");
            // The self-evaluation page posts a form whose field "dossier" holds the JSON.
            HttpResponse<String> form = post("/api/2023/evaluate", "edition=2023&dossier="
                    + java.net.URLEncoder.encode(dossier, StandardCharsets.UTF_8),
                    "Content-Type", "application/x-www-form-urlencoded");

            assertThat(french.statusCode()).as(type).isEqualTo(200);
            assertThat(french.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(french.body()).as(type).isEqualTo(libraryResult(dossier, Language.FR));
            assertThat(english.body()).as(type).isEqualTo(libraryResult(dossier, Language.EN));
            assertThat(accepted.body()).as(type).isEqualTo(libraryResult(dossier, Language.EN));
            assertThat(curl.body()).as(type).isEqualTo(libraryResult(dossier, Language.FR));
            assertThat(form.body()).as(type).isEqualTo(libraryResult(dossier, Language.FR));
        }
    }

    @Test
    void theDossierPageIsTheCommandLinesPage() {
        String dossier = example("ville");

        HttpResponse<String> page = post("/api/2023/evaluate?format=html&lang=en", dossier);

        LabelEngine engine = LabelEngine.forEdition(2023);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).isEqualTo(fr.label.report.HtmlReports.dossierPage(
                engine.evaluate(LabelJson.readDossier(dossier, Routes.BODY)), Language.EN, engine.referentiel(),
                engine.catalogue(), null));
    }

    /** Each bad input of docs/formats.md's list, made from the village example, and the path it is reported at. */
    static Stream<Arguments> badDossiers() {
        return Stream.of(
                bad("not JSON", "line 1, column 35", d -> { }, "{\"edition\": 2023, \"collectivite\": "),
                bad("a missing required field", "collectivite", d -> d.remove("collectivite"), null),
                bad("a value of the wrong kind", "collectivite.population",
                        d -> ((ObjectNode) d.get("collectivite")).put("population", "many"), null),
                bad("an unknown field", "colour", d -> d.put("colour", "blue"), null),
                bad("a type missing", "collectivite.type", d -> ((ObjectNode) d.get("collectivite")).remove("type"), null),
                bad("an unknown type", "collectivite.type",
                        d -> ((ObjectNode) d.get("collectivite")).put("type", "METROPOLE"), null),
                bad("an empty code", "collectivite.code", d -> ((ObjectNode) d.get("collectivite")).put("code", ""), null),
                bad("an empty name", "collectivite.name", d -> ((ObjectNode) d.get("collectivite")).put("name", ""), null),
                bad("a negative population", "collectivite.population",
                        d -> ((ObjectNode) d.get("collectivite")).put("population", -3), null),
                bad("a malformed start date", "actions[0].start", d -> action(d, 0).put("start", "2022-13-01"), null),
                bad("a malformed end date", "actions[1].end", d -> action(d, 1).put("end", "31/12/2022"), null),
                bad("an action ending before it starts", "actions[0].end", d -> action(d, 0).put("end", "2020-01-01"), null),
                bad("an action with no service", "actions[2].services", d -> action(d, 2).putArray("services"), null),
                bad("an empty service code", "actions[3].services[0]",
                        d -> action(d, 3).putArray("services").add(""), null),
                bad("a history entry not before the edition", "history[0].edition",
                        d -> ((ObjectNode) d.get("history").get(0)).put("edition", 2023), null),
                bad("arobases outside 1..5", "history[1].arobases",
                        d -> ((ObjectNode) d.get("history").get(1)).put("arobases", 6), null),
                bad("a second entry for the same edition", "history[1].edition",
                        d -> ((ObjectNode) d.get("history").get(1)).put("edition", 2021), null),
                bad("a dossier of another edition than the address's", "edition", d -> d.put("edition", 2024), null));
    }

    private static Arguments bad(String what, String path, Consumer<ObjectNode> change, String text) {
        String body = text;
        if (body == null) {
            try {
                ObjectNode dossier = (ObjectNode) JSON.readTree(example("village"));
                change.accept(dossier);
                body = JSON.writeValueAsString(dossier);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Arguments.of(what, path, body);
    }

    private static ObjectNode action(ObjectNode dossier, int index) {
        return (ObjectNode) dossier.get("actions").get(index);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDossiers")
    void aBadDossierGets400WithItsPathAsTheCommandLineSaysIt(String what, String path, String body) {
        HttpResponse<String> response = post("/api/2023/evaluate?lang=en", body);

        assertThat(response.statusCode()).as(what).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).isEqualTo("input rejected: see problems (JSON path and what was expected)");
        List<String> paths = new ArrayList<>();
        error.get("problems").forEach(p -> paths.add(p.get("path").asText()));
        assertThat(paths).as(what).contains(path);
        assertThat(response.body()).doesNotContain("Exception", "jackson", "at fr.", "at com.");
        if (!path.equals("edition")) {
            // The same problems as the library's reader, which the command line prints.
            List<InputProblem> expected;
            try {
                LabelJson.readDossier(body, Routes.BODY);
                throw new AssertionError("the library accepts " + what);
            } catch (InvalidInputException invalid) {
                expected = invalid.problems();
            }
            List<InputProblem> answered = new ArrayList<>();
            error.get("problems").forEach(p -> answered.add(new InputProblem(p.get("file").asText(),
                    p.get("path").asText(), p.get("message").asText())));
            assertThat(answered).isEqualTo(expected);
        }
    }

    @Test
    void problemsFollowTheLanguageWhereTheServerSpeaks() {
        JsonNode french = json(post("/api/2023/evaluate", "{\"edition\": 2023, \"dossiers\": []}"));
        JsonNode english = json(post("/api/2023/evaluate?lang=en", "{\"edition\": 2023, \"dossiers\": []}"));

        assertThat(french.get("problems").get(0).get("message").asText())
                .isEqualTo("attendu un dossier, trouvé un fichier d'édition : utiliser /api/2023/palmares");
        assertThat(english.get("problems").get(0).get("message").asText())
                .isEqualTo("expected a dossier, found an edition file: use /api/2023/palmares");
        assertThat(json(post("/api/2023/evaluate", "")).get("problems").get(0).get("message").asText())
                .isEqualTo("corps de requête vide : attendu un dossier en JSON");
    }

    @Test
    void aBodyTooLargeGets413() {
        String padding = " ".repeat((int) MAX_BODY + 1);
        String tooLarge = example("village").replaceFirst("\\{", "{" + padding);

        HttpResponse<String> response = post("/api/2023/evaluate?lang=en", tooLarge);
        HttpResponse<String> streamed = send(HttpRequest.newBuilder(server.address().resolve("/api/2023/palmares"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(tooLarge.getBytes(StandardCharsets.UTF_8)))).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).isEqualTo("request body too large: at most 262,144 bytes are accepted");
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(json(streamed).get("error").asText()).startsWith("corps de requête trop gros");
        // and the server still answers
        assertThat(post("/api/2023/evaluate", example("village")).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownAddressesEditionsAndMethodsGetJson() {
        HttpResponse<String> nowhere = get("/api/2023/nothing?lang=en");
        HttpResponse<String> edition = post("/api/1999/evaluate?lang=en", example("village"));
        HttpResponse<String> method = get("/api/2023/evaluate?lang=en");
        HttpResponse<String> language = get("/health?lang=de");

        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(json(nowhere).get("error").asText())
                .isEqualTo("nothing at /api/2023/nothing; the addresses are described by /openapi.json");
        assertThat(edition.statusCode()).isEqualTo(404);
        assertThat(json(edition).get("error").asText()).startsWith("unknown edition \"1999\"; the editions served are: 2020");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Allow")).hasValue("POST");
        assertThat(json(method).get("error").asText())
                .isEqualTo("method GET is not allowed at /api/2023/evaluate; expected: POST");
        assertThat(language.statusCode()).isEqualTo(400);
        assertThat(json(language).get("error").asText()).isEqualTo("paramètre lang : attendu fr ou en, trouvé « de »");
    }

    @Test
    void describesItselfTheEditionsTheReferentielAndTheRules() {
        JsonNode health = json(get("/health"));
        JsonNode editions = json(get("/api/editions"));
        HttpResponse<String> referentiel = get("/api/referentiel");
        JsonNode rules = json(get("/api/2023/rules?lang=en"));
        HttpResponse<String> markdown = get("/api/2023/rules?format=md");
        JsonNode openapi = json(get("/openapi.json"));

        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("requestsInFlight").asInt()).as("the other requests answered: none").isZero();
        assertThat(editions).hasSize(LabelEngine.editions().size());
        assertThat(editions.get(0).get("name").asText()).isEqualTo("2020");
        assertThat(referentiel.body()).isEqualTo(ReferentielJson.toJson(Referentiel.defaultReferentiel()));
        assertThat(rules.get("edition").asInt()).isEqualTo(2023);
        assertThat(rules.get("rules")).hasSize(LabelEngine.forEdition(2023).rules().size());
        assertThat(rules.get("rules").get(0).has("ruleTitle")).isTrue();
        assertThat(markdown.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(openapi.get("paths").has("/api/{edition}/evaluate")).isTrue();
        assertThat(openapi.get("paths").has("/api/{edition}/palmares")).isTrue();
    }

    @Test
    void streamsThePalmaresOfAnEditionFileAsTheCommandLinesJson() throws IOException {
        ObjectNode edition = JSON.createObjectNode().put("edition", 2023);
        ArrayNode dossiers = edition.putArray("dossiers");
        for (String type : Routes.EXAMPLES) {
            ObjectNode dossier = (ObjectNode) JSON.readTree(example(type));
            dossier.remove("edition");
            dossiers.add(dossier);
        }
        ObjectNode again = dossiers.get(0).deepCopy(); // the same collectivité twice: rejected, at its path
        dossiers.add(again);
        String body = JSON.writeValueAsString(edition);

        HttpResponse<String> response = post("/api/2023/palmares?lang=en", body);

        LabelEngine engine = LabelEngine.forEdition(2023);
        StringWriter expected = new StringWriter();
        try (LabelJson.Input input = LabelJson.open(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                Routes.BODY); LabelJson.PalmaresWriter writer = LabelJson.palmaresWriter(expected, 2023,
                engine.catalogue(), Language.EN)) {
            writer.finish(engine.evaluateEdition(input, writer::result));
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().strip()).isEqualTo(expected.toString().strip());
        JsonNode palmares = json(response);
        assertThat(palmares.get("complete").asBoolean()).isTrue();
        assertThat(palmares.get("rejections").get(0).get("problems").get(0).get("path").asText())
                .isEqualTo("dossiers[3].collectivite.code");
    }

    @Test
    void aPalmaresOfADossierOrOfAnotherEditionIsRefused() {
        HttpResponse<String> dossier = post("/api/2023/palmares?lang=en", example("ville"));
        HttpResponse<String> other = post("/api/2023/palmares?lang=en", "{\"edition\": 2022, \"dossiers\": []}");

        assertThat(dossier.statusCode()).isEqualTo(400);
        assertThat(json(dossier).get("problems").get(0).get("message").asText())
                .isEqualTo("expected an edition file, found a dossier: use /api/2023/evaluate");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(json(other).get("problems").get(0).get("path").asText()).isEqualTo("edition");
    }

    @Test
    void twoHundredConcurrentRequestsFromEightThreadsGetTheSequentialResults() throws Exception {
        List<String> types = Routes.EXAMPLES;
        Language[] languages = Language.values();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(libraryResult(example(types.get(i % types.size())), languages[i % languages.length]));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String dossier = example(types.get(i % types.size()));
                String lang = languages[i % languages.length] == Language.EN ? "en" : "fr";
                answers.add(threads.submit(() -> post("/api/2023/evaluate?lang=" + lang, dossier)));
            }
            for (int i = 0; i < 200; i++) {
                HttpResponse<String> answer = answers.get(i).get();
                assertThat(answer.statusCode()).as("request %d", i).isEqualTo(200);
                assertThat(answer.body()).as("request %d", i).isEqualTo(expected.get(i));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theExamplePalmaresAndItsPagesAreBrowsable() {
        HttpResponse<String> palmares = get("/palmares/2023?lang=en");
        HttpResponse<String> missing = get("/palmares/1990?lang=en");

        assertThat(palmares.statusCode()).isEqualTo(200);
        assertThat(palmares.body()).contains("<html lang=\"en\">", "href=\"/palmares/2023/");
        String link = palmares.body().split("href=\"/palmares/2023/", 2)[1].split("\"", 2)[0].replace("&amp;", "&");
        HttpResponse<String> page = get("/palmares/2023/" + link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"badge badge-");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).contains("/palmares/2023");
    }

    @Test
    void theSelfEvaluationPageAndItsFilesComeFromTheServerAlone() {
        HttpResponse<String> page = get("/", "Accept-Language", "en-US,en;q=0.9");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(Pages.SELF_EVALUATION_POLICY);
        assertThat(page.body()).contains("<html lang=\"en\">", "Self-evaluation of a dossier",
                "src=\"/assets/selfevaluation.js\"");
        assertThat(page.body()).doesNotContain("http://", "https://");
        assertThat(get("/assets/selfevaluation.js").statusCode()).isEqualTo(200);
        assertThat(get("/assets/selfevaluation.css").statusCode()).isEqualTo(200);
        assertThat(json(get("/examples/ville.json")).get("collectivite").get("type").asText()).isEqualTo("VILLE");
        assertThat(get("/examples/../../pom.xml").statusCode()).isEqualTo(404);
        assertThat(Arrays.asList(get("/assets/selfevaluation.js").body().split("\n")))
                .noneMatch(line -> line.contains("http://") || line.contains("https://"));
    }
}
