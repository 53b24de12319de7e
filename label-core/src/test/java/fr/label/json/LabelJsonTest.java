package fr.label.json;

import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.dossier.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/formats.md, Bad input: every invalid input names the file, the JSON path and what was expected. */
class LabelJsonTest {

    private static final String VALID = """
            {"collectivite": {"code": "84031", "name": "Carpentras", "type": "VILLE", "population": 29000,
                              "departement": "84", "region": "Provence-Alpes-Côte d'Azur"},
             "actions": [{"id": "a-001", "title": "Portail famille", "services": ["portail-famille"],
                          "start": "2021-09-01", "end": null, "innovative": true}],
             "history": [{"edition": 2022, "arobases": 4, "excellence": false}]}""";

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    /** An edition file of three dossiers: valid, the given broken one, valid. */
    private Path editionWith(String broken) throws IOException {
        return write("edition.json", "{\"edition\": 2023, \"dossiers\": [" + VALID + ", " + broken + ", "
                + VALID.replace("84031", "84080").replace("Carpentras", "Monteux") + "]}");
    }

    @Test
    void aValidDossierReadsWithItsDefaults() throws IOException {
        Dossier dossier = LabelJson.readDossier(write("d.json", VALID.replaceFirst("\\{", "{\"edition\": 2023, ")
                .replace(", \"end\": null, \"innovative\": true", "")));

        assertThat(dossier.edition()).isEqualTo(2023);
        assertThat(dossier.collectivite().population()).isEqualTo(29000);
        assertThat(dossier.actions().get(0).start()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(dossier.actions().get(0).end()).isNull();
        assertThat(dossier.actions().get(0).innovative()).isFalse();
        assertThat(dossier.history()).hasSize(1);
    }

    static Stream<Arguments> invalidDossiers() {
        return Stream.of(
                Arguments.of("missing type", VALID.replace("\"type\": \"VILLE\", ", ""),
                        "dossiers[1].collectivite.type: expected one of VILLAGE, VILLE, INTERCOMMUNALITE, found nothing"),
                Arguments.of("unknown type", VALID.replace("\"VILLE\"", "\"METROPOLE\""),
                        "dossiers[1].collectivite.type: expected one of VILLAGE, VILLE, INTERCOMMUNALITE, found \"METROPOLE\""),
                Arguments.of("empty code", VALID.replace("\"84031\"", "\"\""),
                        "dossiers[1].collectivite.code: expected a non-empty INSEE or SIREN code"),
                Arguments.of("duplicate code", VALID,
                        "dossiers[1].collectivite.code: expected a collectivité code not used by another dossier of the edition, found \"84031\" again (also dossiers[0])"),
                Arguments.of("negative population", VALID.replace("29000", "-5"),
                        "dossiers[1].collectivite.population: expected a population of 0 or more, found -5"),
                Arguments.of("history not before the edition", VALID.replace("\"edition\": 2022", "\"edition\": 2023"),
                        "dossiers[1].history[0].edition: expected an edition before 2023, found 2023"),
                Arguments.of("arobases outside 1..5", VALID.replace("\"arobases\": 4", "\"arobases\": 6"),
                        "dossiers[1].history[0].arobases: expected arobases from 1 to 5, found 6"),
                Arguments.of("two history entries for an edition", VALID.replace("\"history\": [",
                                "\"history\": [{\"edition\": 2022, \"arobases\": 3}, "),
                        "dossiers[1].history[1].edition: expected one history entry per edition, found 2022 again (also dossiers[1].history[0])"),
                Arguments.of("malformed date", VALID.replace("2021-09-01", "2021-13-01"),
                        "dossiers[1].actions[0].start: expected a date yyyy-mm-dd, found \"2021-13-01\""),
                Arguments.of("day that does not exist", VALID.replace("2021-09-01", "2021-02-29"),
                        "dossiers[1].actions[0].start: expected a date yyyy-mm-dd, found \"2021-02-29\""),
                Arguments.of("date with one-digit month", VALID.replace("2021-09-01", "2021-9-01"),
                        "dossiers[1].actions[0].start: expected a date yyyy-mm-dd, found \"2021-9-01\""),
                Arguments.of("date in another notation", VALID.replace("2021-09-01", "01/09/2021"),
                        "dossiers[1].actions[0].start: expected a date yyyy-mm-dd, found \"01/09/2021\""),
                Arguments.of("date with a sign", VALID.replace("2021-09-01", "+021-09-01"),
                        "dossiers[1].actions[0].start: expected a date yyyy-mm-dd, found \"+021-09-01\""),
                Arguments.of("action ending before it starts", VALID.replace("\"end\": null", "\"end\": \"2021-08-31\""),
                        "dossiers[1].actions[0].end: expected an end date on or after the start date 2021-09-01, found 2021-08-31"),
                Arguments.of("action with no service", VALID.replace("[\"portail-famille\"]", "[]"),
                        "dossiers[1].actions[0].services: expected at least one service code"),
                Arguments.of("dossier of another edition", VALID.replaceFirst("\\{", "{\"edition\": 2022, "),
                        "dossiers[1].edition: expected the edition of the file, 2023, found 2022"),
                Arguments.of("misspelt field", VALID.replace("\"innovative\"", "\"innovatif\""),
                        "dossiers[1].actions[0].innovatif: unknown field \"innovatif\"; expected one of id, title, services, start, end, innovative"),
                Arguments.of("wrong kind of value", VALID.replace("\"population\": 29000", "\"population\": \"many\""),
                        "dossiers[1].collectivite.population: expected an integer, found \"many\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDossiers")
    void anInvalidDossierIsRejectedWithItsPathAndTheOthersAreKept(String what, String broken, String expected)
            throws IOException {
        Path file = editionWith(broken);

        Candidatures candidatures = LabelJson.readCandidatures(file);

        assertThat(candidatures.dossiers()).extracting(Dossier::code).containsExactly("84031", "84080");
        assertThat(candidatures.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.index()).isEqualTo(1);
            assertThat(rejection.problems()).extracting(InputProblem::toString).contains(file + ": " + expected);
        });
    }

    @Test
    void everyProblemOfADossierIsReportedAtOnce() throws IOException {
        Path file = editionWith(VALID.replace("\"VILLE\"", "\"X\"").replace("2021-09-01", "soon")
                .replace("\"arobases\": 4", "\"arobases\": 0"));

        Rejection rejection = LabelJson.readCandidatures(file).rejections().get(0);

        assertThat(rejection.code()).isEqualTo("84031");
        assertThat(rejection.problems()).extracting(InputProblem::path).containsExactly(
                "dossiers[1].collectivite.type", "dossiers[1].actions[0].start", "dossiers[1].history[0].arobases");
    }

    @Test
    void aLoneDossierWithProblemsIsRefusedWithThemAll() throws IOException {
        Path file = write("d.json", VALID.replace("29000", "-1"));

        assertThatThrownBy(() -> LabelJson.readDossier(file)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                        file + ": edition: expected an integer, found nothing",
                        file + ": collectivite.population: expected a population of 0 or more, found -1"));
    }

    @Test
    void malformedJsonGivesTheLineAndColumn() throws IOException {
        Path file = write("broken.json", "{\"edition\": 2023,\n \"dossiers\": [ {\"collectivite\": } ]}");

        assertThatThrownBy(() -> LabelJson.readCandidatures(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).toString()).startsWith(file + ": line 2, column").contains("expected well-formed JSON"));
    }

    @Test
    void aTruncatedFileNamesWhereTheUnclosedObjectStartsWithoutTheParsersInternals() throws IOException {
        Path file = write("truncated.json", "{\"edition\": 2023, \"dossiers\": [{\"collectivite\": {\"code\": \"1\"");

        assertThatThrownBy(() -> LabelJson.readCandidatures(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).toString())
                        .isEqualTo(file + ": line 1, column 61: expected well-formed JSON: Unexpected end-of-input: "
                                + "expected close marker for Object (start marker at line 1, column 49)"));
    }

    @Test
    void anEditionYearThatIsNoNumberIsQuotedAsFound() throws IOException {
        Path file = write("e.json", "{\"edition\": \"2023\", \"dossiers\": []}");

        assertThatThrownBy(() -> LabelJson.editionOf(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).toString())
                        .isEqualTo(file + ": edition: expected the palmarès year as an integer, found \"2023\""));
    }

    @Test
    void anEditionFileWithoutItsYearIsRefused() throws IOException {
        Path file = write("e.json", "{\"dossiers\": []}");

        assertThatThrownBy(() -> LabelJson.readCandidatures(file)).hasMessage(
                file + ": edition: expected the palmarès year as an integer, found nothing");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> LabelJson.readDossier(file)).hasMessage(file + ": no such file");
    }

    @Test
    void theKindOfAFileIsToldByItsFields() throws IOException {
        assertThat(LabelJson.kindOf(editionWith(VALID))).isEqualTo(LabelJson.FileKind.EDITION);
        assertThat(LabelJson.kindOf(write("d.json", VALID))).isEqualTo(LabelJson.FileKind.DOSSIER);
    }

    @Test
    void dossiersMayComeBeforeTheEditionYear() throws IOException {
        Path file = write("e.json", "{\"dossiers\": [" + VALID + "], \"edition\": 2023}");

        assertThat(LabelJson.readCandidatures(file).dossiers()).singleElement()
                .extracting(Dossier::edition).isEqualTo(2023);
    }

    @Test
    void aDossierWrittenOutReadsBackEqual() throws IOException {
        Dossier dossier = LabelJson.readDossier(write("d.json", VALID.replaceFirst("\\{", "{\"edition\": 2023, ")));

        assertThat(LabelJson.readDossier(LabelJson.toJson(dossier), "copy")).isEqualTo(dossier);
    }

    @Test
    void anEditionWrittenDossierByDossierReadsBackEqual() throws IOException {
        Candidatures original = LabelJson.readCandidatures(editionWith(
                VALID.replace("84031", "84087").replace("Carpentras", "Sorgues").replace("\"end\": null", "\"end\": \"2022-06-30\"")));
        Path copy = dir.resolve("copy.json");

        try (LabelJson.EditionWriter writer = LabelJson.editionWriter(Files.newOutputStream(copy), 2023)) {
            original.dossiers().forEach(writer::dossier);
        }

        assertThat(original.dossiers()).hasSize(3);
        assertThat(LabelJson.readCandidatures(copy).dossiers()).isEqualTo(original.dossiers());
        assertThat(Files.readString(copy)).startsWith("{\"edition\":2023,\"dossiers\":[\n{\"collectivite\"")
                .hasLineCount(5);
    }

    @Test
    void anEditionWriterRefusesADossierOfAnotherEdition() {
        Dossier of2022 = LabelJson.readDossier(VALID.replaceFirst("\\{", "{\"edition\": 2022, ").replace(
                "\"history\": [{\"edition\": 2022, \"arobases\": 4, \"excellence\": false}]", "\"history\": []"), "d");

        try (LabelJson.EditionWriter writer = LabelJson.editionWriter(new java.io.ByteArrayOutputStream(), 2023)) {
            assertThatThrownBy(() -> writer.dossier(of2022)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected a dossier of the edition 2023, found one of 2022 (84031)");
        }
    }
}
