package fr.label.cli;

import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.Dossier;
import fr.label.examples.ExampleEditions;
import fr.label.json.LabelJson;
import fr.label.rules.engine.TemporaryFileFaults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static fr.label.cli.Cli.fixture;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One language at a time: what the commands print in French holds no English word, and in English
 * no French word, on real output (an evaluation, a palmarès and its HTML page, scenarios failing and
 * passing with their coverage, a rule change's impact, the rules and their check). Every rule has
 * titles (those of the shipped rules, or {@link TitledRules}' where a rule has none). The words of
 * the data (names of collectivités, régions, action titles), which are French whatever the language,
 * are not counted, nor identifiers (file names, codes such as VILLE or AWARDED); the domain's French
 * words (arobases, enjeux, mosaïque...) are not in the lists.
 */
@Tag("exhaustive") // run once per CI, on JDK 17: what it checks does not depend on the Java version
class OneLanguageTest {

    /** English words that no French sentence of the tool contains. */
    private static final List<String> ENGLISH = List.of("the", "of", "and", "is", "are", "not", "with", "for", "to",
            "rule", "rules", "expected", "actual", "passed", "failed", "fired", "never", "level", "levels", "change",
            "changes", "gain", "lose", "gained", "lost", "under", "base", "eligible", "counted", "still", "needs",
            "every", "met", "below", "lowest", "unmet", "threshold", "running", "ended", "starts", "after", "before",
            "duplicate", "unknown", "warning", "warnings", "files", "error", "errors", "fingerprint", "edition",
            "awarded", "labelled", "inhabitants", "covered", "strong", "enough", "ranked", "within", "cap", "until",
            "none", "top", "such", "did", "times", "trial", "written", "shipped", "coverage", "scenarios", "yes",
            "no", "filed", "explanations", "counts", "next", "reach", "on", "by", "in", "all");
    /** French words that no English sentence of the tool contains. */
    private static final List<String> FRENCH = List.of("le", "la", "les", "des", "du", "et", "est", "sur", "pour",
            "avec", "dont", "règle", "règles", "attendu", "obtenu", "réussi", "réussis", "échec", "jamais",
            "déclenchée", "déclenchées", "couverture", "niveau", "niveaux", "gagnent", "perdent", "empreinte",
            "édition", "aucun", "aucune", "fichiers", "explications", "avertissement", "avertissements", "décompte",
            "décernée", "décernées", "manque", "remplies", "retenue", "retenues", "éligible", "éligibles", "non",
            "oui", "il", "elle", "une", "un", "en", "au", "aux", "ne", "pas", "plus", "sans", "selon", "changent",
            "gagnée", "perdue", "essai", "numéro", "livrées", "scénarios", "jury du", "habitants", "erreur", "déposées",
            "couverts", "forts", "ligne", "fichier", "plafond", "jusqu", "détenue", "exemple", "écrit");

    @TempDir
    static Path dir;
    private static Path titled;
    private static Path changed;
    private static Path scenarios;
    /** The words of the data, French in both languages. */
    private static Set<String> dataWords;
    private static final Map<String, Map<String, String>> OUTPUT = new LinkedHashMap<>();

    @BeforeAll
    static void runTheCommandsInBothLanguages() throws IOException {
        titled = TitledRules.export(2023, dir.resolve("titrees"));
        changed = TitledRules.export(2023, dir.resolve("modifiees"));
        TitledRules.edit(changed, text -> TitledRules.villeFourAt(text, 45));
        scenarios = dir.resolve("scenarios");
        Files.createDirectories(scenarios.resolve("2023"));
        Files.writeString(scenarios.resolve("2023/essais.yaml"), SCENARIOS);
        dataWords = dataWords();
        String edition = EditionFiles.example(dir).toString();
        for (String language : List.of("fr", "en")) {
            Map<String, String> outputs = new LinkedHashMap<>();
            outputs.put("evaluate", out(run("evaluate", fixture("dossier-ville-2023.json").toString(), "--rules",
                    titled.toString(), "--lang", language)));
            outputs.put("palmares", out(run("palmares", "2023", "--rules", titled.toString(), "--lang", language)));
            Path html = dir.resolve("palmares-" + language + ".html");
            out(run("palmares", "2023", "--rules", titled.toString(), "--lang", language, "--html", html.toString()));
            outputs.put("palmares --html", visibleText(Files.readString(html)));
            Cli.Run test = run("test", scenarios.toString(), "--rules", changed.toString(), "--coverage",
                    "--lang", language);
            assertThat(test.status()).isEqualTo(1); // failures are part of what is checked
            outputs.put("test", test.out() + test.err());
            outputs.put("diff", out(run("diff", "--base", titled.toString(), "--candidate", changed.toString(), "2023",
                    "--lang", language)));
            outputs.put("rules", out(run("rules", "--rules", titled.toString(), "--lang", language)));
            outputs.put("check-rules", out(run("check-rules", titled.toString(), "--lang", language)));
            Cli.Run refused = TemporaryFileFaults.refusingWrites(() -> run("palmares", edition, "--lang", language));
            assertThat(refused.status()).isEqualTo(3);
            outputs.put("palmares, the disk refusing its temporary file", refused.out() + refused.err());
            OUTPUT.put(language, outputs);
        }
    }

    /** Scenarios with names of no language, failing on each kind of mismatch under the changed rules. */
    private static final String SCENARIOS = """
            scenarios:
              - name: v35
                dossier:
                  collectivite: {code: "99001", name: Ville-Exemple, type: VILLE}
                  changes:
                    - profile: {eligibleActions: 35, coveredEnjeux: 10, democratieLocaleCovered: true}
                expect:
                  arobases: 4
              - name: v60
                dossier:
                  collectivite: {code: "99002", name: Ville-Exemple, type: VILLE}
                  changes:
                    - profile: {eligibleActions: 60, coveredEnjeux: 13, strongEnjeux: 6, coveredCategories: 4, democratieLocaleCovered: true}
                expect:
                  nextLevel: {arobases: 5}
                  excellence: {status: AWARDED, validUntil: 2025}
                  actions: {x-999: TOO_OLD}
                  measures: {inconnue: 3}
                  rulesFired: ["R-999"]
              - name: v10
                dossier:
                  collectivite: {code: "99003", name: Ville-Exemple, type: VILLE}
                  changes:
                    - profile: {eligibleActions: 10, coveredEnjeux: 4}
                expect:
                  arobases: 2
            """;

    @Test
    void frenchOutputHoldsNoEnglishWord() {
        OUTPUT.get("fr").forEach((command, text) -> assertThat(foreign(text, ENGLISH))
                .as("English words in the French output of %s:%n%s", command, text).isEmpty());
    }

    @Test
    void englishOutputHoldsNoFrenchWord() {
        OUTPUT.get("en").forEach((command, text) -> assertThat(foreign(text, FRENCH))
                .as("French words in the English output of %s:%n%s", command, text).isEmpty());
    }

    @Test
    void theOutputsAreTheRealOnes() {
        // So that the two tests above could fail: each output has sentences, and rules are shown by their titles.
        Map<String, String> fr = OUTPUT.get("fr");
        Map<String, String> en = OUTPUT.get("en");
        assertThat(fr.get("evaluate")).contains("Règle numéro").contains("il manque").contains("Règles : édition 2023");
        assertThat(en.get("evaluate")).contains("Trial rule number").contains("still needs").contains("Rules: edition 2023");
        assertThat(fr.get("test")).contains("ÉCHEC").contains("attendu 4@, obtenu 3@").contains("Règle numéro")
                .contains("valable jusqu'en 2025").contains("pas d'action x-999").contains("1 réussi, 2 en échec");
        assertThat(en.get("test")).contains("FAIL").contains("expected 4@, actual 3@").contains("Trial rule number")
                .contains("valid until 2025").contains("no action x-999").contains("1 passed, 2 failed");
        assertThat(fr.get("diff")).contains("collectivités changent").contains("Règle numéro")
                .contains("règles candidates");
        assertThat(en.get("diff")).contains("collectivités change").contains("Trial rule number")
                .contains("candidate rules");
        assertThat(fr.get("palmares")).contains("Règles : édition 2023, empreinte ");
        assertThat(en.get("palmares --html")).contains("Rules: edition 2023, fingerprint ");
        assertThat(fr.get("rules")).contains("Règle numéro").doesNotContain("Trial");
        assertThat(fr.get("check-rules")).contains("aucune erreur, aucun avertissement");
        assertThat(en.get("check-rules")).contains("no error, no warning");
        assertThat(fr.get("palmares, the disk refusing its temporary file")).contains("PALMARÈS INCOMPLET")
                .contains("Libérez de la place dans");
        assertThat(en.get("palmares, the disk refusing its temporary file")).contains("INCOMPLETE PALMARÈS")
                .contains("Free space in");
        assertThat(ENGLISH).filteredOn(dataWords::contains).as("English words the data hides").hasSizeLessThan(5);
        assertThat(FRENCH).filteredOn(dataWords::contains).as("French words the data hides").hasSizeLessThan(20);
    }

    /** The words of the list the text holds, apart from those of the data and identifiers. */
    private static Set<String> foreign(String text, List<String> words) {
        Set<String> found = new TreeSet<>();
        List<String> tokens = tokens(withoutIdentifiers(text));
        for (String word : words) {
            if (dataWords.contains(word)) {
                continue;
            }
            List<String> phrase = tokens(word);
            for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
                if (tokens.subList(i, i + phrase.size()).equals(phrase)) {
                    found.add(word);
                    break;
                }
            }
        }
        return found;
    }

    /** The text without file names and codes, which are the same in both languages. */
    private static String withoutIdentifiers(String text) {
        String plain = text.replaceAll("\\S+\\.(drl|yaml|json|html|csv)\\b", " ");
        List<String> codes = new ArrayList<>(List.of("DUPLICATE", "UNKNOWN_SERVICE", "NOT_STARTED", "TOO_OLD"));
        for (Enum<?> code : fr.label.result.ExcellenceStatus.values()) {
            codes.add(code.name());
        }
        for (Enum<?> code : fr.label.dossier.CollectiviteType.values()) {
            codes.add(code.name());
        }
        fr.label.referentiel.Referentiel.defaultReferentiel().enjeux().forEach(enjeu -> codes.add(enjeu.code()));
        fr.label.LabelEngine.forEdition(2023).catalogue().forEach(mention -> codes.add(mention.code()));
        for (String code : codes) {
            plain = plain.replaceAll("\\b" + code + "\\b", " ");
        }
        return plain;
    }

    /** The words of a text, in lower case: runs of letters (an apostrophe or a hyphen ends a word). */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                tokens.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        return tokens;
    }

    private static Set<String> dataWords() {
        Set<String> words = new HashSet<>();
        List<Dossier> dossiers = new ArrayList<>(ExampleEditions.read(2023).dossiers());
        dossiers.add(LabelJson.readDossier(fixture("dossier-ville-2023.json")));
        for (Dossier dossier : dossiers) {
            Collectivite who = dossier.collectivite();
            for (String data : new String[] {who.name(), who.region(), who.departement()}) {
                if (data != null) {
                    words.addAll(tokens(data));
                }
            }
            for (Action action : dossier.actions()) {
                words.addAll(tokens(action.title() == null ? "" : action.title()));
                action.services().forEach(service -> words.addAll(tokens(service)));
            }
        }
        words.addAll(tokens(dir.toString())); // the paths the commands print
        return words;
    }

    /** The text a reader sees of a page: without its style, script and tags. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<script>.*?</script>", " ")
                .replaceAll("(?s)<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static String out(Cli.Run run) {
        assertThat(run.status()).as(run.err()).isZero();
        return run.out() + run.err();
    }
}
