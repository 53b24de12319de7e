package fr.label.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import fr.label.LabelEngine;
import fr.label.LabelRules;
import fr.label.Language;
import fr.label.RuleInfo;
import fr.label.RuleProblem;
import fr.label.RuleSetDescription;
import fr.label.RuleSetException;
import fr.label.dossier.Dossier;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.json.LabelJson;
import fr.label.json.ReferentielJson;
import fr.label.referentiel.Referentiel;
import fr.label.report.HtmlReports;
import fr.label.report.RulesDocument;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * What each address answers. The API speaks JSON, errors included; the pages are HTML. The
 * language is {@code ?lang=fr|en}, else the first of fr and en in {@code Accept-Language}, else
 * French.
 */
final class Routes {

    /** How a request body is named in the problems it gets. */
    static final String BODY = "<body>";

    /** Jackson's mapper, made by the first answer that needs it rather than before the server listens. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final String HTML_TYPE = "text/html; charset=utf-8";
    /** The example dossiers the self-evaluation page starts from, one per type of collectivité. */
    static final List<String> EXAMPLES = List.of("village", "ville", "intercommunalite");
    /** How much of a body too large is read and dropped before answering 413. */
    private static final long DRAINED_BEYOND = 64L * 1024 * 1024;

    private final ServedEditions editions;
    private final long maxBodyBytes;
    private final Pages pages;
    /** The language of the server's log, whatever the language of each answer. */
    private final Language logLanguage;
    /** How many other requests are being answered, for {@code GET /health}. */
    private final IntSupplier othersInFlight;

    Routes(ServedEditions editions, long maxBodyBytes, Language logLanguage, IntSupplier othersInFlight) {
        this.editions = editions;
        this.maxBodyBytes = maxBodyBytes;
        this.logLanguage = logLanguage;
        this.othersInFlight = othersInFlight;
        this.pages = new Pages(editions);
    }

    void handle(HttpExchange exchange) throws IOException {
        Language language = Language.FR;
        try {
            language = language(exchange);
            route(exchange, language);
        } catch (ApiError error) {
            error(exchange, error, language);
        } catch (InvalidInputException invalid) {
            error(exchange, new ApiError(400, ServerText.INVALID_INPUT.in(language), invalid.problems(), null),
                    language);
        } catch (RuleSetException rules) {
            error(exchange, new ApiError(500, ServerText.RULES_FAILED.in(language), problemsOf(rules), null), language);
        } catch (IOException | UncheckedIOException lost) {
            // The client went away, or the answer could not be written: nothing more can be said to it.
            // (the system's reason is in English, or a class name: the line says only what happened)
            System.err.println(ServerText.LOG_CONNECTION_LOST.in(logLanguage, exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath()));
        } catch (RuntimeException | StackOverflowError unexpected) {
            System.err.println(ServerText.LOG_INTERNAL_ERROR.in(logLanguage, exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(), unexpected.toString()));
            error(exchange, new ApiError(500, ServerText.INTERNAL.in(language)), language);
        }
    }

    private void route(HttpExchange exchange, Language language) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String[] parts = path.length() <= 1 ? new String[0] : path.substring(1).split("/", -1);
        if (parts.length == 0) {
            method(exchange, language, "GET");
            exchange.getResponseHeaders().set("Content-Security-Policy", Pages.SELF_EVALUATION_POLICY);
            html(exchange, 200, pages.selfEvaluation(language));
        } else if (path.equals("/health")) {
            method(exchange, language, "GET");
            ObjectNode health = Json.MAPPER.createObjectNode().put("status", "ok");
            ArrayNode served = health.putArray("editions");
            editions.all().forEach(e -> served.add(e.name()));
            health.put("requestsInFlight", Math.max(0, othersInFlight.getAsInt()));
            json(exchange, 200, health);
        } else if (path.equals("/favicon.ico")) {
            // Browsers ask for it: no icon, and no error in their console.
            method(exchange, language, "GET");
            exchange.sendResponseHeaders(204, -1);
        } else if (path.equals("/openapi.json")) {
            method(exchange, language, "GET");
            send(exchange, 200, JSON_TYPE, Pages.resource("openapi.json"));
        } else if (parts.length == 2 && parts[0].equals("assets") && Pages.ASSETS.containsKey(parts[1])) {
            method(exchange, language, "GET");
            send(exchange, 200, Pages.ASSETS.get(parts[1]), Pages.resource(parts[1]));
        } else if (parts.length == 2 && parts[0].equals("examples") && parts[1].endsWith(".json")
                && EXAMPLES.contains(parts[1].substring(0, parts[1].length() - 5))) {
            method(exchange, language, "GET");
            send(exchange, 200, JSON_TYPE, Pages.resource("examples/dossier-" + parts[1]));
        } else if (parts[0].equals("palmares") && (parts.length == 2 || parts.length == 3)) {
            method(exchange, language, "GET");
            palmaresPage(exchange, language, parts);
        } else if (path.equals("/api/editions")) {
            method(exchange, language, "GET");
            json(exchange, 200, editionList());
        } else if (path.equals("/api/referentiel")) {
            method(exchange, language, "GET");
            send(exchange, 200, JSON_TYPE, ReferentielJson.toJson(Referentiel.defaultReferentiel()));
        } else if (parts.length == 3 && parts[0].equals("api") && parts[2].equals("evaluate")) {
            method(exchange, language, "POST");
            evaluate(exchange, language, edition(parts[1], language));
        } else if (parts.length == 3 && parts[0].equals("api") && parts[2].equals("palmares")) {
            method(exchange, language, "POST");
            palmares(exchange, language, edition(parts[1], language));
        } else if (parts.length == 3 && parts[0].equals("api") && parts[2].equals("rules")) {
            method(exchange, language, "GET");
            rules(exchange, language, edition(parts[1], language));
        } else {
            throw new ApiError(404, ServerText.NOT_FOUND.in(language, path));
        }
    }

    /** The method the address takes, else 405 saying which. */
    private static void method(HttpExchange exchange, Language language, String allowed) {
        String method = exchange.getRequestMethod();
        if (!method.equals(allowed) && !(method.equals("HEAD") && allowed.equals("GET"))) {
            throw new ApiError(405, ServerText.METHOD_NOT_ALLOWED.in(language, method,
                    exchange.getRequestURI().getPath(), allowed), List.of(), allowed);
        }
    }

    private ServedEditions.Edition edition(String name, Language language) {
        ServedEditions.Edition edition = editions.find(name);
        if (edition == null) {
            throw new ApiError(404, ServerText.UNKNOWN_EDITION.in(language, name,
                    editions.all().stream().map(ServedEditions.Edition::name).collect(Collectors.joining(", "))));
        }
        return edition;
    }

    private ArrayNode editionList() {
        ArrayNode list = Json.MAPPER.createArrayNode();
        List<Integer> examples = editions.exampleYears();
        for (ServedEditions.Edition edition : editions.all()) {
            ObjectNode node = list.addObject();
            node.put("name", edition.name());
            node.put("edition", edition.year());
            node.put("shipped", edition.shipped());
            node.put("examplePalmares", edition.shipped() && examples.contains(edition.year()));
        }
        return list;
    }

    /** POST /api/{edition}/evaluate: a dossier → its result, as the command line's --format json (or its page). */
    private void evaluate(HttpExchange exchange, Language language, ServedEditions.Edition edition)
            throws IOException {
        String format = format(exchange, language, "json", "html");
        byte[] body = body(exchange, language, ServerText.A_DOSSIER);
        if (isForm(exchange) && !startsLikeJson(body)) {
            body = formField(body, "dossier", language);
        }
        Dossier dossier;
        try (LabelJson.Input input = LabelJson.open(new ByteArrayInputStream(body), BODY)) {
            if (input.kind() == LabelJson.FileKind.EDITION) {
                throw new InvalidInputException(new InputProblem(BODY, "",
                        ServerText.EXPECTED_DOSSIER.in(language, edition.name())));
            }
            dossier = input.dossier();
        }
        if (dossier.edition() != edition.year()) {
            throw new InvalidInputException(new InputProblem(BODY, "edition",
                    ServerText.WRONG_EDITION.in(language, edition.year(), dossier.edition())));
        }
        LabelEngine engine = editions.engine(edition);
        Result result = engine.evaluate(dossier);
        if (format.equals("html")) {
            html(exchange, 200, HtmlReports.dossierPage(result, language, engine.referentiel(), engine.catalogue(),
                    null));
        } else {
            send(exchange, 200, JSON_TYPE, LabelJson.toJson(result, language));
        }
    }

    /**
     * POST /api/{edition}/palmares: an edition file → its palmarès, streamed as the results come.
     * A failure before the first result is a 400 (or 500); after it, the palmarès ends with
     * {@code "complete": false} and the problems, as the command line's JSON does.
     */
    private void palmares(HttpExchange exchange, Language language, ServedEditions.Edition edition) throws IOException {
        byte[] body = body(exchange, language, ServerText.AN_EDITION);
        LabelEngine engine = editions.engine(edition);
        try (LabelJson.Input input = LabelJson.open(new ByteArrayInputStream(body), BODY)) {
            if (input.kind() == LabelJson.FileKind.DOSSIER) {
                throw new InvalidInputException(new InputProblem(BODY, "",
                        ServerText.EXPECTED_EDITION.in(language, edition.name())));
            }
            if (input.edition() != edition.year()) {
                throw new InvalidInputException(new InputProblem(BODY, "edition",
                        ServerText.WRONG_EDITION.in(language, edition.year(), input.edition())));
            }
            StreamedPalmares stream = new StreamedPalmares(exchange, engine, language);
            try {
                stream.finish(engine.evaluateEdition(input, stream::result));
            } catch (RuntimeException | Error failure) {
                if (!stream.started()) {
                    throw failure;
                }
                stream.incomplete(failure instanceof InvalidInputException invalid ? invalid.problems()
                        : failure instanceof RuleSetException rules ? problemsOf(rules)
                        : List.of(new InputProblem(null, "", ServerText.INTERNAL.in(language))));
                if (!(failure instanceof InvalidInputException) && !(failure instanceof RuleSetException)) {
                    System.err.println(ServerText.LOG_INTERNAL_ERROR.in(logLanguage, exchange.getRequestMethod(),
                            exchange.getRequestURI().getPath(), failure.toString()));
                }
            }
        }
    }

    /** The palmarès writer of an answer, opened at the first result so that an early failure is still a 400. */
    private static final class StreamedPalmares {
        private final HttpExchange exchange;
        private final LabelEngine engine;
        private final Language language;
        private Writer out;
        private LabelJson.PalmaresWriter writer;

        StreamedPalmares(HttpExchange exchange, LabelEngine engine, Language language) {
            this.exchange = exchange;
            this.engine = engine;
            this.language = language;
        }

        boolean started() {
            return writer != null;
        }

        private void open() {
            if (writer != null) {
                return;
            }
            try {
                exchange.getResponseHeaders().set("Content-Type", JSON_TYPE);
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                exchange.sendResponseHeaders(200, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8);
            writer = LabelJson.palmaresWriter(out, engine.edition(), engine.catalogue(), language);
        }

        synchronized void result(Result result) {
            open();
            writer.result(result);
        }

        synchronized void finish(Palmares figures) throws IOException {
            open();
            writer.finish(figures);
            writer.close();
            out.write('\n');
            out.close();
        }

        synchronized void incomplete(List<InputProblem> problems) throws IOException {
            writer.incomplete(problems);
            writer.close();
            out.write('\n');
            out.close();
        }
    }

    /** GET /api/{edition}/rules: the rule documentation, as JSON (default), Markdown or HTML. */
    private void rules(HttpExchange exchange, Language language, ServedEditions.Edition edition) throws IOException {
        String format = format(exchange, language, "json", "md", "html");
        RuleSetDescription ruleSet = edition.shipped() ? LabelRules.shipped(edition.year()) : edition.compiled();
        String source = edition.shipped() ? (language == Language.EN ? "shipped with the tool" : "livrées avec l'outil")
                : ruleSet.name();
        switch (format) {
            case "md" -> send(exchange, 200, "text/markdown; charset=utf-8",
                    new RulesDocument(ruleSet, source, language).markdown());
            case "html" -> html(exchange, 200, new RulesDocument(ruleSet, source, language).html());
            default -> {
                ObjectNode document = Json.MAPPER.createObjectNode();
                document.put("edition", ruleSet.edition());
                document.put("juryDate", ruleSet.juryDate().toString());
                document.put("source", source);
                document.set("fingerprint", Json.MAPPER.valueToTree(Map.of("edition", ruleSet.fingerprint().edition(),
                        "digest", ruleSet.fingerprint().digest(), "library", ruleSet.fingerprint().library())));
                ArrayNode mentions = document.putArray("mentions");
                for (Mention mention : ruleSet.catalogue()) {
                    mentions.add(mention.code());
                }
                ArrayNode list = document.putArray("rules");
                for (RuleInfo rule : ruleSet.rules()) {
                    ObjectNode node = list.addObject();
                    node.put("rule", rule.name());
                    node.put("ruleTitle", rule.title(language));
                    node.put("file", rule.file());
                    if (rule.description() != null) {
                        node.put("description", rule.description());
                    }
                }
                json(exchange, 200, document);
            }
        }
    }

    /** GET /palmares/{year} and /palmares/{year}/{code}: the example palmarès and its collectivités' pages. */
    private void palmaresPage(HttpExchange exchange, Language language, String[] parts) throws IOException {
        List<Integer> years = editions.exampleYears();
        int year;
        try {
            year = Integer.parseInt(parts[1]);
        } catch (NumberFormatException notYear) {
            year = -1;
        }
        if (!years.contains(year)) {
            throw new ApiError(404, ServerText.NO_EXAMPLE.in(language, parts[1],
                    years.stream().map(y -> "/palmares/" + y).collect(Collectors.joining(", "))));
        }
        Palmares palmares = editions.examplePalmares(year);
        String query = language == Language.EN ? "?lang=en" : "?lang=fr";
        if (parts.length == 2) {
            html(exchange, 200, HtmlReports.palmaresPage(palmares, language,
                    result -> "/palmares/" + palmares.edition() + "/"
                            + URLEncoder.encode(result.collectivite().code(), StandardCharsets.UTF_8) + query));
            return;
        }
        String code = parts[2];
        Result found = palmares.results().stream().filter(r -> r.collectivite().code().equals(code)).findFirst()
                .orElseThrow(() -> new ApiError(404, ServerText.NO_COLLECTIVITE.in(language, code, parts[1])));
        LabelEngine engine = LabelEngine.forEdition(year);
        html(exchange, 200, HtmlReports.dossierPage(found, language, engine.referentiel(), palmares.catalogue(),
                "/palmares/" + year + query));
    }

    // ---- requests

    /** ?lang=, else Accept-Language, else French. */
    static Language language(HttpExchange exchange) {
        String asked = query(exchange).get("lang");
        if (asked != null) {
            try {
                return Language.of(asked);
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, ServerText.BAD_LANGUAGE.in(Language.FR, asked));
            }
        }
        return acceptedLanguage(exchange.getRequestHeaders().getFirst("Accept-Language"));
    }

    /** The first of fr and en by preference in an Accept-Language header; French when neither. */
    static Language acceptedLanguage(String header) {
        if (header == null) {
            return Language.FR;
        }
        Language best = Language.FR;
        double bestWeight = -1;
        for (String part : header.split(",")) {
            String[] fields = part.trim().split(";");
            String tag = fields[0].trim().toLowerCase(Locale.ROOT);
            double weight = 1;
            for (int i = 1; i < fields.length; i++) {
                String field = fields[i].trim();
                if (field.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(field.substring(2));
                    } catch (NumberFormatException ignored) {
                        weight = 0;
                    }
                }
            }
            Language language = tag.equals("en") || tag.startsWith("en-") ? Language.EN
                    : tag.equals("fr") || tag.startsWith("fr-") ? Language.FR : null;
            if (language != null && weight > 0 && weight > bestWeight) {
                best = language;
                bestWeight = weight;
            }
        }
        return best;
    }

    private static String format(HttpExchange exchange, Language language, String... formats) {
        String asked = query(exchange).get("format");
        if (asked == null) {
            return formats[0];
        }
        for (String format : formats) {
            if (format.equalsIgnoreCase(asked)) {
                return format;
            }
        }
        throw new ApiError(400, ServerText.BAD_FORMAT.in(language, String.join(", ", formats), asked));
    }

    static Map<String, String> query(HttpExchange exchange) {
        return parameters(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> parameters(String raw, java.nio.charset.Charset charset) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                parameters.putIfAbsent(URLDecoder.decode(name, charset), URLDecoder.decode(value, charset));
            } catch (IllegalArgumentException malformed) {
                // a malformed escape: the parameter is ignored, as if absent
            }
        }
        return parameters;
    }

    /**
     * The request body, at most {@code maxBodyBytes}; beyond, 413. The rest of a body too large is
     * read and dropped (up to {@link #DRAINED_BEYOND} more) so that the client, still sending,
     * gets the answer rather than a connection reset; past that the connection is closed.
     */
    private byte[] body(HttpExchange exchange, Language language, ServerText expected) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean tooLarge = false;
        if (length != null) {
            try {
                tooLarge = Long.parseLong(length.trim()) > maxBodyBytes;
            } catch (NumberFormatException ignored) {
                // the server itself refuses a malformed length; the count below holds anyway
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long read = 0;
        try (InputStream in = exchange.getRequestBody()) {
            int count;
            while ((count = in.read(buffer)) >= 0) {
                read += count;
                if (tooLarge || read > maxBodyBytes) {
                    tooLarge = true;
                    if (read > maxBodyBytes + DRAINED_BEYOND) {
                        break;
                    }
                } else {
                    body.write(buffer, 0, count);
                }
            }
        }
        if (tooLarge) {
            throw new ApiError(413, ServerText.TOO_LARGE.in(language, maxBodyBytes));
        }
        if (body.size() == 0) {
            throw new InvalidInputException(new InputProblem(BODY, "", ServerText.EMPTY_BODY.in(language,
                    expected.in(language))));
        }
        return body.toByteArray();
    }

    private static boolean isForm(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * Whether a body is JSON whatever its declared type: curl's --data-binary and most scripts
     * send JSON as a form by default, and no form body starts with "{".
     */
    private static boolean startsLikeJson(byte[] body) {
        for (byte b : body) {
            if (b == '{' || b == '[') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != (byte) 0xEF && b != (byte) 0xBB
                    && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    /** The self-evaluation page posts its dossier as a form field, so that the page opens as any page does. */
    private static byte[] formField(byte[] body, String name, Language language) {
        String value = parameters(new String(body, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1).get(name);
        if (value == null) {
            throw new InvalidInputException(new InputProblem(BODY, "", ServerText.BODY_FORM.in(language)));
        }
        // URLDecoder read the bytes as ISO-8859-1 characters: give them back their UTF-8 meaning.
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---- answers

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, JSON_TYPE, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body));
    }

    private static void html(HttpExchange exchange, int status, String page) throws IOException {
        send(exchange, status, HTML_TYPE, page);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** An error as JSON: {"status", "error", "problems": [{"file", "path", "message"}]}. */
    private static void error(HttpExchange exchange, ApiError error, Language language) throws IOException {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("status", error.status());
        body.put("error", error.getMessage());
        if (!error.problems().isEmpty()) {
            ArrayNode problems = body.putArray("problems");
            for (InputProblem problem : error.problems()) {
                ObjectNode node = problems.addObject();
                node.put("file", problem.file());
                node.put("path", problem.path() == null ? "" : problem.path());
                node.put("message", problem.message());
            }
        }
        if (error.allow() != null) {
            exchange.getResponseHeaders().set("Allow", error.allow());
        }
        if (error.status() == 413) {
            // The rest of the body may not have been read: the connection is not used again.
            exchange.getResponseHeaders().set("Connection", "close");
        }
        if ("html".equalsIgnoreCase(query(exchange).get("format"))) {
            // The self-evaluation page shows what it asked for in a frame: the problems, as a page.
            try {
                html(exchange, error.status(), Pages.problems(language, error.status(), error.getMessage(),
                        error.problems()));
            } catch (IOException | RuntimeException alreadyAnswered) {
                // as below
            }
            return;
        }
        try {
            json(exchange, error.status(), body);
        } catch (IOException | RuntimeException alreadyAnswered) {
            // The headers were sent before the failure: the connection is closed, which the client sees.
        }
    }

    /** A 503 or similar, said before routing. */
    void refuse(HttpExchange exchange, int status, ServerText text) throws IOException {
        Language language;
        try {
            language = language(exchange);
        } catch (ApiError badLanguage) {
            language = Language.FR;
        }
        error(exchange, new ApiError(status, text.in(language)), language);
    }

    private static List<InputProblem> problemsOf(RuleSetException rules) {
        List<InputProblem> problems = new ArrayList<>();
        for (RuleProblem problem : rules.problems()) {
            problems.add(new InputProblem(problem.file(), problem.line() > 0 ? "line " + problem.line() : "",
                    problem.message()));
        }
        if (problems.isEmpty()) {
            problems.add(new InputProblem(null, "", rules.getMessage()));
        }
        return problems;
    }
}
