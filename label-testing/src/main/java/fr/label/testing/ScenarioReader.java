package fr.label.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.json.LabelJson;
import fr.label.referentiel.Enjeu;
import fr.label.referentiel.Referentiel;
import fr.label.result.ExcellenceStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads scenario files (YAML; see docs/scenarios.md). Every problem names the file, the path in
 * it ({@code scenarios[3].expect.arobases}), its line, and what was expected; a misspelt key is a
 * problem, never a silently ignored expectation.
 */
public final class ScenarioReader {

    static final List<String> FILE_KEYS = List.of("edition", "scenarios");
    static final List<String> SCENARIO_KEYS = List.of("name", "edition", "dossier", "dossiers", "expect");
    static final List<String> DOSSIER_KEYS = List.of("file", "edition", "collectivite", "actions", "history", "changes");
    static final List<String> CHANGES = List.of("profile", "add", "remove", "history");
    static final List<String> PROFILE_KEYS = List.of("eligibleActions", "coveredEnjeux", "strongEnjeux",
            "coveredCategories", "democratieLocaleCovered");
    static final List<String> ADD_KEYS = List.of("actions", "in", "innovative", "services", "start");
    static final List<String> HISTORY_KEYS = List.of("edition", "arobases", "excellence");
    static final List<String> EXPECTATIONS = List.of("arobases", "mentionsEligible", "mentions", "excellence",
            "measures", "actions", "nextLevel", "rulesFired", "rulesNotFired");
    static final List<String> RULE_EXPECTATIONS = List.of("rulesFired", "rulesNotFired");
    static final List<String> EXCELLENCE_KEYS = List.of("status", "validUntil");
    static final List<String> NEXT_LEVEL_KEYS = List.of("arobases", "unmet", "uncoveredEnjeux");

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML_MAPPER = new ObjectMapper(YAML);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern YEAR_FOLDER = Pattern.compile("(?:edition-)?(\\d{4})");
    private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Referentiel referentiel;

    private ScenarioReader(Referentiel referentiel) {
        this.referentiel = referentiel;
    }

    /**
     * Reads a scenario file.
     *
     * @param file             the YAML file
     * @param inheritedEdition the edition of scenarios that name none and whose file names none either
     *                         (from a folder named after the year, or the run's option), or {@code null}
     * @return its scenarios, and what cannot run as written
     */
    public static ScenarioFile read(Path file, Integer inheritedEdition) {
        return new ScenarioReader(Referentiel.defaultReferentiel()).readFile(file, inheritedEdition);
    }

    /** The year of the nearest folder named {@code 2023} or {@code edition-2023} between the root and the file, or null. */
    static Integer folderEdition(Path root, Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path top = root.toAbsolutePath().normalize();
        while (folder != null && folder.startsWith(top)) {
            Matcher year = YEAR_FOLDER.matcher(folder.getFileName() == null ? "" : folder.getFileName().toString());
            if (year.matches()) {
                return Integer.parseInt(year.group(1));
            }
            if (folder.equals(top)) {
                break;
            }
            folder = folder.getParent();
        }
        return null;
    }

    /**
     * Reads a scenario file given as text (read from standard input, for instance). Dossier files
     * it names are found from the folder of {@code file}, the current folder for a bare name.
     *
     * @param file             names the text in problems and outcomes
     * @param inheritedEdition as for {@link #read(Path, Integer)}
     */
    public static ScenarioFile read(String text, Path file, Integer inheritedEdition) {
        return new ScenarioReader(Referentiel.defaultReferentiel()).readText(text, file, inheritedEdition);
    }

    private ScenarioFile readFile(Path file, Integer inheritedEdition) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return failed(file, new InputProblem(name, "", "no such file"));
        } catch (IOException e) {
            return failed(file, new InputProblem(name, "", "cannot be read: " + e.getMessage()));
        }
        return readText(text, file, inheritedEdition);
    }

    private ScenarioFile readText(String text, Path file, Integer inheritedEdition) {
        String name = file.toString();
        JsonNode root;
        try (JsonParser parser = YAML.createParser(text)) {
            root = YAML_MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            return failed(file, YamlSyntax.problem(name, e));
        } catch (IOException e) {
            return failed(file, new InputProblem(name, "", "cannot be read: " + e.getMessage()));
        }
        Problems fileProblems = new Problems(name, YamlLines.of(text, YAML));
        if (root == null || !root.isObject()) {
            fileProblems.add("", "expected a mapping with \"scenarios:\" (and optionally \"edition:\"), found "
                    + describe(root));
            return new ScenarioFile(file, List.of(), List.of(), fileProblems.list());
        }
        fileProblems.onlyKnown(root, "", FILE_KEYS, "key");
        List<Integer> fileEditions = root.has("edition") ? editions(root.get("edition"), "edition", fileProblems) : null;
        JsonNode list = root.get("scenarios");
        if (list == null || !list.isArray() || list.isEmpty()) {
            fileProblems.add("scenarios", "expected a list of scenarios, found " + describe(list));
        }
        if (!fileProblems.isEmpty()) {
            return new ScenarioFile(file, List.of(), List.of(), fileProblems.list());
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioFile.Unreadable> unreadable = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "scenarios[" + i + "]";
            Problems problems = new Problems(name, fileProblems.lines);
            List<Scenario> read = scenario(file, list.get(i), path, fileEditions, inheritedEdition, names, problems);
            if (problems.isEmpty()) {
                scenarios.addAll(read);
            } else {
                JsonNode scenarioName = list.get(i).path("name");
                unreadable.add(new ScenarioFile.Unreadable(scenarioName.isTextual() ? scenarioName.textValue() : path,
                        fileProblems.lines.at(path), problems.list()));
            }
        }
        return new ScenarioFile(file, scenarios, unreadable, List.of());
    }

    private static ScenarioFile failed(Path file, InputProblem problem) {
        return new ScenarioFile(file, List.of(), List.of(), List.of(problem));
    }

    private List<Scenario> scenario(Path file, JsonNode node, String path, List<Integer> fileEditions,
                                    Integer inheritedEdition, Set<String> names, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "expected a scenario (name, edition, dossier or dossiers, expect), found " + describe(node));
            return List.of();
        }
        problems.onlyKnown(node, path, SCENARIO_KEYS, "key");
        String name = null;
        JsonNode nameNode = node.get("name");
        if (nameNode == null || !nameNode.isTextual() || nameNode.textValue().isBlank()) {
            problems.add(at(path, "name"), "expected the scenario's name, found " + describe(nameNode));
        } else if (!names.add(nameNode.textValue())) {
            problems.add(at(path, "name"), "expected a name no other scenario of the file has, found \""
                    + nameNode.textValue() + "\" again");
        } else {
            name = nameNode.textValue();
        }
        List<Integer> editions = node.has("edition") ? editions(node.get("edition"), at(path, "edition"), problems)
                : fileEditions != null ? fileEditions
                : inheritedEdition != null ? List.of(inheritedEdition) : null;
        if (editions == null) {
            problems.add(at(path, "edition"), "expected the edition the scenario runs in: \"edition: 2023\" in the "
                    + "scenario or at the top of the file, or the file in a folder named after the year");
        }
        boolean alone = node.has("dossier");
        if (alone == node.has("dossiers")) {
            problems.add(path, alone ? "expected either \"dossier:\" (one dossier, evaluated alone) or \"dossiers:\" "
                    + "(an edition), found both" : "expected \"dossier:\" (one dossier, evaluated alone) or "
                    + "\"dossiers:\" (a list of dossiers evaluated as an edition), found neither");
        }
        JsonNode expect = node.get("expect");
        if (expect == null || !expect.isObject() || expect.isEmpty()) {
            problems.add(at(path, "expect"), "expected what the result must be (arobases, mentions, ...), found "
                    + describe(expect));
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        int line = problems.lines.at(path);
        for (int edition : editions) {
            List<Dossier> dossiers = new ArrayList<>();
            if (alone) {
                Dossier dossier = dossier(file, node.get("dossier"), at(path, "dossier"), edition, problems);
                if (dossier != null) {
                    dossiers.add(dossier);
                }
            } else {
                JsonNode list = node.get("dossiers");
                if (!list.isArray() || list.isEmpty()) {
                    problems.add(at(path, "dossiers"), "expected a list of dossiers, found " + describe(list));
                    return List.of();
                }
                for (int i = 0; i < list.size(); i++) {
                    Dossier dossier = dossier(file, list.get(i), at(path, "dossiers") + "[" + i + "]", edition, problems);
                    if (dossier != null) {
                        dossiers.add(dossier);
                    }
                }
            }
            if (!problems.isEmpty()) {
                return List.of();
            }
            String expectPath = at(path, "expect");
            if (alone) {
                Expectations expectations = expectations(expect, expectPath, EXPECTATIONS, problems);
                scenarios.add(new Scenario(name, file, line, edition, editions.size() > 1, Scenario.Evaluation.ALONE,
                        dossiers, expectations, Map.of()));
            } else {
                Set<String> codes = dossiers.stream().map(Dossier::code).collect(Collectors.toCollection(LinkedHashSet::new));
                ObjectNode rules = JSON.createObjectNode();
                Map<String, Expectations> byCode = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> field : expect.properties()) {
                    String fieldPath = at(expectPath, field.getKey());
                    if (RULE_EXPECTATIONS.contains(field.getKey())) {
                        rules.set(field.getKey(), field.getValue());
                    } else if (codes.contains(field.getKey())) {
                        if (!field.getValue().isObject()) {
                            problems.add(fieldPath, "expected the expectations of the dossier " + field.getKey()
                                    + " (arobases, mentions, ...), found " + describe(field.getValue()));
                        } else {
                            byCode.put(field.getKey(), expectations(field.getValue(), fieldPath, EXPECTATIONS
                                    .stream().filter(e -> !RULE_EXPECTATIONS.contains(e)).toList(), problems));
                        }
                    } else {
                        problems.add(fieldPath, "expected the collectivité code of one of the scenario's dossiers ("
                                + String.join(", ", codes) + ") or " + String.join(", ", RULE_EXPECTATIONS)
                                + ", found \"" + field.getKey() + "\"");
                    }
                }
                Expectations ruleExpectations = expectations(rules, expectPath, RULE_EXPECTATIONS, problems);
                scenarios.add(new Scenario(name, file, line, edition, editions.size() > 1, Scenario.Evaluation.EDITION,
                        dossiers, ruleExpectations, byCode));
            }
            if (!problems.isEmpty()) {
                return List.of();
            }
        }
        return scenarios;
    }

    private static List<Integer> editions(JsonNode node, String path, Problems problems) {
        List<JsonNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        List<Integer> editions = new ArrayList<>();
        for (JsonNode value : values) {
            if (!value.isInt() || value.intValue() < 1000) {
                problems.add(path, "expected a palmarès year (2023) or a list of years ([2022, 2023]), found "
                        + describe(node));
                return null;
            }
            editions.add(value.intValue());
        }
        if (editions.isEmpty()) {
            problems.add(path, "expected a palmarès year (2023) or a list of years ([2022, 2023]), found []");
            return null;
        }
        return editions;
    }

    // ---------------------------------------------------------------- dossiers

    private Dossier dossier(Path scenarioFile, JsonNode node, String path, int edition, Problems problems) {
        if (node == null || !node.isObject()) {
            problems.add(path, "expected a dossier: \"file: dossier.json\", or its collectivite, actions and history "
                    + "written here, and optionally changes; found " + describe(node));
            return null;
        }
        problems.onlyKnown(node, path, DOSSIER_KEYS, "key");
        if (!problems.isEmpty()) {
            return null;
        }
        Dossier dossier;
        if (node.has("file")) {
            dossier = dossierFile(scenarioFile, node, path, edition, problems);
        } else {
            dossier = inlineDossier(node, path, edition, problems);
        }
        if (dossier == null) {
            return null;
        }
        JsonNode changes = node.get("changes");
        if (changes != null) {
            if (!changes.isArray()) {
                problems.add(at(path, "changes"), "expected a list of changes (" + String.join(", ", CHANGES)
                        + "), found " + describe(changes));
                return null;
            }
            for (int i = 0; i < changes.size(); i++) {
                String changePath = at(path, "changes") + "[" + i + "]";
                DossierChange change = change(changes.get(i), changePath, problems);
                if (change == null) {
                    return null;
                }
                try {
                    dossier = change.applyTo(dossier, referentiel);
                } catch (IllegalArgumentException e) {
                    problems.add(changePath, e.getMessage());
                    return null;
                }
            }
            for (InputProblem problem : LabelJson.problems(dossier)) {
                problems.add(at(path, problem.path()), problem.message() + " (after the changes)");
            }
        }
        return problems.isEmpty() ? dossier : null;
    }

    private static Dossier dossierFile(Path scenarioFile, JsonNode node, String path, int edition, Problems problems) {
        JsonNode fileNode = node.get("file");
        for (String key : List.of("edition", "collectivite", "actions", "history")) {
            if (node.has(key)) {
                problems.add(at(path, key), "expected either \"file:\" or the dossier written here, found both; "
                        + "use \"changes:\" to change a dossier read from a file");
            }
        }
        if (!fileNode.isTextual() || fileNode.textValue().isBlank()) {
            problems.add(at(path, "file"), "expected the path of a dossier JSON file, relative to the scenario file, found "
                    + describe(fileNode));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Path dossierFile = scenarioFile.toAbsolutePath().getParent().resolve(fileNode.textValue()).normalize();
        Path shown = relativeToWorkingDirectory(dossierFile);
        Dossier dossier;
        try {
            dossier = LabelJson.readDossier(shown);
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> problems.add(at(path, "file"), problem.toString()));
            return null;
        }
        if (dossier.edition() != edition) {
            problems.add(at(path, "file"), "expected a dossier of edition " + edition + ", the scenario's, found "
                    + shown + " of edition " + dossier.edition());
            return null;
        }
        return dossier;
    }

    private static Path relativeToWorkingDirectory(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file) : file;
    }

    private static Dossier inlineDossier(JsonNode node, String path, int edition, Problems problems) {
        ObjectNode json = ((ObjectNode) node).deepCopy();
        json.remove("changes");
        if (json.has("edition")) {
            if (!json.get("edition").isInt() || json.get("edition").intValue() != edition) {
                problems.add(at(path, "edition"), "expected the scenario's edition, " + edition + ", or nothing, found "
                        + describe(json.get("edition")));
                return null;
            }
        } else {
            json.put("edition", edition);
        }
        if (!json.has("actions")) {
            json.putArray("actions"); // a scenario's dossier may have none, or get them from its changes
        }
        try {
            return LabelJson.readDossier(JSON.writeValueAsString(json), problems.file);
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                problems.add(at(path, problem.path()), yamlHint(problem.message()));
            }
            return null;
        } catch (JsonProcessingException e) {
            problems.add(path, "cannot be turned into a dossier: " + e.getOriginalMessage());
            return null;
        }
    }

    /** A YAML number where the dossier wants a string (a code, a département) is a classic: say how to write it. */
    private static String yamlHint(String message) {
        return message.matches("expected a string, found -?\\d+(\\.\\d+)?")
                ? message + " (in YAML, quote it: \"" + message.substring(message.lastIndexOf(' ') + 1) + "\")"
                : message;
    }

    private DossierChange change(JsonNode node, String path, Problems problems) {
        if (node == null || !node.isObject() || node.size() != 1) {
            problems.add(path, "expected one change: " + String.join(", ", CHANGES) + " (e.g. \"- add: {actions: 3, in: "
                    + "EDUCATION}\"), found " + describe(node));
            return null;
        }
        String kind = node.fieldNames().next();
        JsonNode value = node.get(kind);
        String here = at(path, kind);
        switch (kind) {
            case "profile" -> {
                if (!problems.object(value, here, PROFILE_KEYS)) {
                    return null;
                }
                Integer actions = problems.count(value, here, "eligibleActions", true);
                Integer enjeux = problems.count(value, here, "coveredEnjeux", true);
                Integer strong = problems.count(value, here, "strongEnjeux", false);
                Integer categories = problems.count(value, here, "coveredCategories", false);
                Boolean democratie = problems.bool(value, here, "democratieLocaleCovered");
                if (!problems.isEmpty()) {
                    return null;
                }
                return new DossierChange.Profile(actions, enjeux, strong == null ? 0 : strong,
                        categories == null ? Math.min(referentiel.categories().size(), enjeux) : categories,
                        democratie != null && democratie);
            }
            case "add" -> {
                if (!problems.object(value, here, ADD_KEYS)) {
                    return null;
                }
                Integer actions = problems.count(value, here, "actions", true);
                Integer innovative = problems.count(value, here, "innovative", false);
                Integer services = problems.count(value, here, "services", false);
                String enjeu = enjeu(value.get("in"), at(here, "in"), problems);
                LocalDate start = value.has("start") ? problems.date(value.get("start"), at(here, "start")) : null;
                if (!problems.isEmpty()) {
                    return null;
                }
                if (innovative != null && innovative > actions) {
                    problems.add(at(here, "innovative"), "expected at most the " + actions + " actions added, found "
                            + innovative);
                    return null;
                }
                return new DossierChange.Add(actions, enjeu, innovative == null ? 0 : innovative, services, start);
            }
            case "remove" -> {
                if (!problems.object(value, here, List.of("actions"))) {
                    return null;
                }
                List<String> ids = problems.strings(value.get("actions"), at(here, "actions"), "action ids");
                return ids == null ? null : new DossierChange.Remove(new LinkedHashSet<>(ids));
            }
            case "history" -> {
                if (!value.isArray()) {
                    problems.add(here, "expected a list of results of earlier editions ({edition: 2022, arobases: 4}), "
                            + "found " + describe(value));
                    return null;
                }
                List<HistoryEntry> entries = new ArrayList<>();
                for (int i = 0; i < value.size(); i++) {
                    String entryPath = here + "[" + i + "]";
                    JsonNode entry = value.get(i);
                    if (!problems.object(entry, entryPath, HISTORY_KEYS)) {
                        return null;
                    }
                    Integer year = problems.count(entry, entryPath, "edition", true);
                    Integer arobases = problems.count(entry, entryPath, "arobases", true);
                    Boolean excellence = problems.bool(entry, entryPath, "excellence");
                    if (!problems.isEmpty()) {
                        return null;
                    }
                    entries.add(new HistoryEntry(year, arobases, excellence != null && excellence));
                }
                return new DossierChange.History(entries);
            }
            default -> {
                problems.add(here, "unknown change \"" + kind + "\"" + closest(kind, CHANGES) + "; expected one of "
                        + String.join(", ", CHANGES));
                return null;
            }
        }
    }

    private String enjeu(JsonNode node, String path, Problems problems) {
        List<String> codes = referentiel.enjeux().stream().map(Enjeu::code).toList();
        if (node == null || !node.isTextual() || !codes.contains(node.textValue())) {
            problems.add(path, "expected the code of an enjeu (" + String.join(", ", codes) + "), found " + describe(node));
            return null;
        }
        return node.textValue();
    }

    // ---------------------------------------------------------------- expectations

    private static Expectations expectations(JsonNode node, String path, List<String> allowed, Problems problems) {
        problems.onlyKnown(node, path, allowed, "expectation");
        Integer arobases = null;
        if (node.has("arobases")) {
            arobases = problems.level(node.get("arobases"), at(path, "arobases"), 1);
        }
        Set<String> eligible = node.has("mentionsEligible")
                ? set(problems.strings(node.get("mentionsEligible"), at(path, "mentionsEligible"), "mention codes")) : null;
        Set<String> mentions = node.has("mentions")
                ? set(problems.strings(node.get("mentions"), at(path, "mentions"), "mention codes")) : null;
        Expectations.ExcellenceExpectation excellence = node.has("excellence")
                ? excellence(node.get("excellence"), at(path, "excellence"), problems) : null;
        Map<String, Integer> measures = node.has("measures") ? measures(node.get("measures"), at(path, "measures"), problems)
                : null;
        Map<String, String> actions = node.has("actions") ? actions(node.get("actions"), at(path, "actions"), problems)
                : null;
        Expectations.NextLevelExpectation nextLevel = node.has("nextLevel")
                ? nextLevel(node.get("nextLevel"), at(path, "nextLevel"), problems) : null;
        List<String> fired = node.has("rulesFired")
                ? problems.strings(node.get("rulesFired"), at(path, "rulesFired"), "rule names") : null;
        List<String> notFired = node.has("rulesNotFired")
                ? problems.strings(node.get("rulesNotFired"), at(path, "rulesNotFired"), "rule names") : null;
        return new Expectations(arobases, eligible, mentions, excellence, measures, actions, nextLevel, fired, notFired);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? null : new TreeSet<>(values);
    }

    private static Expectations.ExcellenceExpectation excellence(JsonNode node, String path, Problems problems) {
        if (node.isTextual()) {
            ExcellenceStatus status = status(node, path, problems);
            return status == null ? null : new Expectations.ExcellenceExpectation(status, false, null);
        }
        if (!problems.object(node, path, EXCELLENCE_KEYS)) {
            return null;
        }
        ExcellenceStatus status = status(node.get("status"), at(path, "status"), problems);
        boolean checkValidity = node.has("validUntil");
        Integer validUntil = null;
        if (checkValidity && !node.get("validUntil").isNull()) {
            JsonNode value = node.get("validUntil");
            if (!value.isInt()) {
                problems.add(at(path, "validUntil"), "expected the last palmarès year of validity, or null, found "
                        + describe(value));
            } else {
                validUntil = value.intValue();
            }
        }
        return status == null ? null : new Expectations.ExcellenceExpectation(status, checkValidity, validUntil);
    }

    private static ExcellenceStatus status(JsonNode node, String path, Problems problems) {
        String statuses = Arrays.stream(ExcellenceStatus.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (node != null && node.isTextual()) {
            try {
                return ExcellenceStatus.valueOf(node.textValue());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problems.add(path, "expected one of " + statuses + ", found " + describe(node));
        return null;
    }

    private static Map<String, Integer> measures(JsonNode node, String path, Problems problems) {
        if (!problems.object(node, path, null)) {
            return null;
        }
        Map<String, Integer> measures = new LinkedHashMap<>();
        node.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isBoolean()) {
                measures.put(field.getKey(), value.booleanValue() ? 1 : 0); // a yes/no measure counts 1 for yes
            } else if (value.isInt()) {
                measures.put(field.getKey(), value.intValue());
            } else {
                problems.add(at(path, field.getKey()), "expected a number (or true/false for a yes/no measure), found "
                        + describe(value));
            }
        });
        return measures;
    }

    private static Map<String, String> actions(JsonNode node, String path, Problems problems) {
        if (!problems.object(node, path, null)) {
            return null;
        }
        Map<String, String> actions = new LinkedHashMap<>();
        node.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isTextual() && (value.textValue().equals(Expectations.ELIGIBLE)
                    || REASON.matcher(value.textValue()).matches())) {
                actions.put(field.getKey(), value.textValue());
            } else {
                problems.add(at(path, field.getKey()), "expected eligible or the reason the action does not count "
                        + "(DUPLICATE, UNKNOWN_SERVICE, NOT_STARTED, TOO_OLD), found " + describe(value));
            }
        });
        return actions;
    }

    private static Expectations.NextLevelExpectation nextLevel(JsonNode node, String path, Problems problems) {
        if (node.isNull()) {
            return new Expectations.NextLevelExpectation(true, null, null, null);
        }
        if (!problems.object(node, path, NEXT_LEVEL_KEYS)) {
            return null;
        }
        Integer arobases = node.has("arobases") ? problems.level(node.get("arobases"), at(path, "arobases"), 2) : null;
        Map<String, List<Integer>> unmet = null;
        if (node.has("unmet")) {
            String unmetPath = at(path, "unmet");
            JsonNode unmetNode = node.get("unmet");
            if (problems.object(unmetNode, unmetPath, null)) {
                unmet = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> field : unmetNode.properties()) {
                    JsonNode pair = field.getValue();
                    if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isInt() || !pair.get(1).isInt()) {
                        problems.add(at(unmetPath, field.getKey()), "expected [actual, required], e.g. [34, 35], found "
                                + describe(pair));
                    } else {
                        unmet.put(field.getKey(), List.of(pair.get(0).intValue(), pair.get(1).intValue()));
                    }
                }
            }
        }
        Set<String> uncovered = node.has("uncoveredEnjeux")
                ? set(problems.strings(node.get("uncoveredEnjeux"), at(path, "uncoveredEnjeux"), "enjeu codes")) : null;
        return new Expectations.NextLevelExpectation(false, arobases, unmet, uncovered);
    }

    // ---------------------------------------------------------------- helpers

    static String at(String path, String key) {
        if (key == null || key.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? key : key.startsWith("[") ? path + key : path + "." + key;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (node.isObject()) {
            return node.isEmpty() ? "{}" : "a mapping";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "[]" : "a list";
        }
        return node.toString();
    }

    /** "; did you mean arobases?" when a known word is one or two letters away. */
    static String closest(String word, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = distance(word.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The problems found while reading one scenario (or the file), each with its line. */
    static final class Problems {
        final String file;
        final YamlLines lines;
        private final Set<InputProblem> problems = new LinkedHashSet<>();

        Problems(String file, YamlLines lines) {
            this.file = file;
            this.lines = lines;
        }

        void add(String path, String message) {
            int line = lines.at(path);
            problems.add(new InputProblem(file, path, message + (line > 0 ? " (line " + line + ")" : "")));
        }

        boolean isEmpty() {
            return problems.isEmpty();
        }

        List<InputProblem> list() {
            return List.copyOf(problems);
        }

        void onlyKnown(JsonNode node, String path, List<String> known, String what) {
            node.fieldNames().forEachRemaining(key -> {
                if (!known.contains(key)) {
                    add(at(path, key), "unknown " + what + " \"" + key + "\"" + closest(key, known) + "; expected one of "
                            + String.join(", ", known));
                }
            });
        }

        /** Whether the node is a mapping; with {@code known}, also reports its unknown keys. */
        boolean object(JsonNode node, String path, List<String> known) {
            if (node == null || !node.isObject()) {
                add(path, "expected a mapping" + (known == null ? "" : " of " + String.join(", ", known)) + ", found "
                        + describe(node));
                return false;
            }
            if (known != null) {
                onlyKnown(node, path, known, "key");
            }
            return true;
        }

        Integer count(JsonNode parent, String path, String key, boolean required) {
            JsonNode node = parent.get(key);
            if (node == null) {
                if (required) {
                    add(at(path, key), "expected a number, found nothing");
                }
                return null;
            }
            if (!node.isInt() || node.intValue() < 0) {
                add(at(path, key), "expected a number, 0 or more, found " + describe(node));
                return null;
            }
            return node.intValue();
        }

        Integer level(JsonNode node, String path, int lowest) {
            if (!node.isInt() || node.intValue() < lowest || node.intValue() > 5) {
                add(path, "expected a number of arobases, " + lowest + " to 5, found " + describe(node));
                return null;
            }
            return node.intValue();
        }

        Boolean bool(JsonNode parent, String path, String key) {
            JsonNode node = parent.get(key);
            if (node == null) {
                return null;
            }
            if (!node.isBoolean()) {
                add(at(path, key), "expected true or false, found " + describe(node));
                return null;
            }
            return node.booleanValue();
        }

        LocalDate date(JsonNode node, String path) {
            if (node.isTextual()) {
                try {
                    return LocalDate.parse(node.textValue());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            add(path, "expected a date yyyy-mm-dd, found " + describe(node));
            return null;
        }

        List<String> strings(JsonNode node, String path, String what) {
            if (node == null || !node.isArray()) {
                add(path, "expected a list of " + what + " ([] for none), found " + describe(node));
                return null;
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    add(path + "[" + i + "]", "expected one of the " + what + ", found " + describe(node.get(i)));
                    return null;
                }
                values.add(node.get(i).textValue());
            }
            return values;
        }
    }
}
