package fr.label.json;

import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.dossier.Rejection;
import fr.label.spi.CandidatureHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Issue 10, strict JSON: nothing after the root value, a key given twice refused with its path,
 * the reader's limits reported with the path of the dossier at fault (and only that dossier
 * rejected when the reading can go on), and no parser class or setting name in any message.
 */
class StrictJsonTest {

    private static final String DOSSIER = """
            {"collectivite": {"code": "CODE", "name": "Carpentras", "type": "VILLE"},
             "actions": [{"id": "a-001", "title": "Portail famille", "services": ["portail-famille"],
                          "start": "2021-09-01"}]}""";

    @TempDir
    Path dir;

    private static String dossier(String code) {
        return DOSSIER.replace("CODE", code);
    }

    /** An edition of three dossiers: valid, the given one, valid. */
    private static String editionWith(String middle) {
        return "{\"edition\": 2023, \"dossiers\": [" + dossier("84031") + ",\n" + middle + ",\n" + dossier("84080") + "]}";
    }

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private static List<String> messages(InvalidInputException e) {
        return e.problems().stream().map(InputProblem::toString).toList();
    }

    /** What reading an edition dossier by dossier gave before it ended, and how it ended. */
    private record Reading(List<String> valid, List<Rejection> rejected, InvalidInputException failure) {
    }

    private static Reading readStreaming(String json) {
        List<String> valid = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (LabelJson.Input input = LabelJson.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "e.json")) {
            input.dossiers(new CandidatureHandler() {
                @Override
                public void valid(int index, Dossier dossier) {
                    valid.add(dossier.code());
                }

                @Override
                public void rejected(Rejection rejection) {
                    rejected.add(rejection);
                }
            });
        } catch (InvalidInputException e) {
            return new Reading(valid, rejected, e);
        }
        return new Reading(valid, rejected, null);
    }

    @Test
    void textAfterTheRootObjectIsRefused() throws IOException {
        Path edition = write("e.json", editionWith(dossier("84087")) + " garbage");
        Path lone = write("d.json", dossier("84031").replaceFirst("\\{", "{\"edition\": 2023, ") + "\n}");

        assertThatThrownBy(() -> LabelJson.readCandidatures(edition)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages(e)).containsExactly(
                        edition + ": line 9, column 42: expected nothing after the root value, found more"));
        assertThatThrownBy(() -> LabelJson.readDossier(lone)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages(e)).containsExactly(
                        lone + ": line 4, column 1: expected nothing after the root value, found more"));
    }

    @Test
    void aSecondRootObjectIsRefused() throws IOException {
        Path file = write("e.json", "{\"edition\": 2023, \"dossiers\": []}{\"edition\": 2024, \"dossiers\": []}");

        assertThatThrownBy(() -> LabelJson.readCandidatures(file)).hasMessage(
                file + ": line 1, column 34: expected nothing after the root value, found more");
    }

    @Test
    void aKeyGivenTwiceInADossierRejectsThatDossierWithItsPathAndKeepsTheOthers() throws IOException {
        Path file = write("e.json", editionWith(dossier("84087").replace("\"type\": \"VILLE\"",
                "\"type\": \"VILLAGE\", \"type\": \"VILLE\"")));

        Candidatures candidatures = LabelJson.readCandidatures(file);

        assertThat(candidatures.dossiers()).extracting(Dossier::code).containsExactly("84031", "84080");
        assertThat(candidatures.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.index()).isEqualTo(1);
            assertThat(rejection.code()).isEqualTo("84087");
            assertThat(rejection.problems()).extracting(InputProblem::toString).containsExactly(
                    file + ": dossiers[1].collectivite.type: expected each field once, found \"type\" again");
        });
    }

    @Test
    void aKeyGivenTwiceAtTheTopOfAFileRefusesTheFile() throws IOException {
        Path edition = write("e.json", "{\"edition\": 2022, \"edition\": 2023, \"dossiers\": []}");
        Path lone = write("d.json", dossier("84031").replaceFirst("\\{", "{\"edition\": 2023, ")
                .replace("\"actions\"", "\"history\": [], \"history\": [], \"actions\""));

        assertThatThrownBy(() -> LabelJson.readCandidatures(edition))
                .hasMessage(edition + ": edition: expected each field once, found \"edition\" again");
        assertThatThrownBy(() -> LabelJson.readDossier(lone))
                .hasMessage(lone + ": history: expected each field once, found \"history\" again");
    }

    @Test
    void dossiersGivenTwiceAreRefusedAfterTheFirstOnes() {
        Reading reading = readStreaming("{\"edition\": 2023, \"dossiers\": [" + dossier("84031") + "], \"dossiers\": ["
                + dossier("84080") + "]}");

        assertThat(reading.valid()).containsExactly("84031");
        assertThat(messages(reading.failure())).containsExactly(
                "e.json: dossiers: expected each field once, found \"dossiers\" again");
    }

    @Test
    void aValueNestedTooDeepRejectsOnlyItsDossierWithThePath() {
        String deep = "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH);
        Reading reading = readStreaming(editionWith(dossier("84087").replace("[\"portail-famille\"]", deep)));

        assertThat(reading.failure()).isNull();
        assertThat(reading.valid()).containsExactly("84031", "84080");
        assertThat(reading.rejected()).singleElement().satisfies(rejection -> {
            assertThat(rejection.index()).isEqualTo(1);
            assertThat(rejection.code()).isEqualTo("84087");
            assertThat(rejection.problems()).extracting(InputProblem::toString).startsWith(
                    "e.json: dossiers[1].actions[0].services" + "[0]".repeat(19)
                            + "…: expected at most 100 arrays and objects nested in one another, found more",
                    "e.json: dossiers[1].actions[0].services[0]: expected a service code string, found an array");
        });
    }

    @Test
    void aValueNestedBeyondWhatCanBeSkippedRefusesTheRestOfTheFileNamingItsDossier() {
        int depth = StrictJson.MAX_SKIPPED_DEPTH + 10;
        Reading reading = readStreaming(editionWith(dossier("84087").replace("[\"portail-famille\"]",
                "[".repeat(depth) + "]".repeat(depth))));

        assertThat(reading.valid()).containsExactly("84031");
        assertThat(messages(reading.failure())).singleElement().asString()
                .startsWith("e.json: dossiers[1].actions[0].services[0][0]")
                .contains("…: expected at most 100 arrays and objects nested in one another, found more "
                        + "(over 1,000 levels at line 5, column ")
                .endsWith("): the rest of the file cannot be read");
    }

    @Test
    void aTextBeyondTheLimitEndsTheReadingWithThePathOfItsDossier() {
        String name = "x".repeat(StrictJson.MAX_TEXT + 1);
        Reading reading = readStreaming(editionWith(dossier("84087").replace("Carpentras", name)));

        assertThat(reading.valid()).containsExactly("84031");
        assertThat(messages(reading.failure())).singleElement().asString()
                .startsWith("e.json: dossiers[1].collectivite.name: expected a text of at most 20,000,000 characters, "
                        + "found a longer one at line 4, column ")
                .endsWith(": the rest of the file cannot be read");
    }

    @Test
    void aNumberBeyondTheLimitEndsTheReadingWithThePathOfItsDossier() {
        Reading reading = readStreaming(editionWith(dossier("84087").replace("\"type\": \"VILLE\"",
                "\"type\": \"VILLE\", \"population\": " + "9".repeat(StrictJson.MAX_NUMBER + 1))));

        assertThat(reading.valid()).containsExactly("84031");
        assertThat(messages(reading.failure())).singleElement().asString()
                .startsWith("e.json: dossiers[1].collectivite.population: expected a number of at most 1,000 characters, "
                        + "found a longer one at line 4, column ");
    }

    @Test
    void aLargeButReadableNumberRejectsOnlyItsDossier() {
        Reading reading = readStreaming(editionWith(dossier("84087").replace("\"type\": \"VILLE\"",
                "\"type\": \"VILLE\", \"population\": 1e999999999999")));

        assertThat(reading.failure()).isNull();
        assertThat(reading.valid()).containsExactly("84031", "84080");
        assertThat(reading.rejected()).singleElement().extracting(r -> r.problems().get(0).toString()).asString()
                .isEqualTo("e.json: dossiers[1].collectivite.population: expected an integer, found 1e999999999999");
    }

    @Test
    void aNumberWithAFractionIsQuotedAsWritten() throws IOException {
        Path file = write("e.json", editionWith(dossier("84087").replace("\"type\": \"VILLE\"",
                "\"type\": \"VILLE\", \"population\": 29000.0")));

        assertThat(LabelJson.readCandidatures(file).rejections()).singleElement()
                .extracting(r -> r.problems().get(0).toString()).asString()
                .isEqualTo(file + ": dossiers[1].collectivite.population: expected an integer, found 29000.0");
    }

    @Test
    void controlCharactersAndBidiOverridesOfTheInputAreQuotedAsEscapesNotPrintedRaw() {
        Reading reading = readStreaming(editionWith(dossier("84087").replace("\"type\": \"VILLE\"",
                "\"type\": \"VILLE\\u001b[31m\\u202e\", \"a\\nb\": 1")));

        assertThat(reading.rejected()).singleElement().satisfies(rejection -> assertThat(rejection.problems())
                .extracting(InputProblem::toString).containsExactly(
                        "e.json: dossiers[1].collectivite.a\\u000ab: unknown field \"a\\u000ab\"; expected one of code, "
                                + "name, type, population, departement, region",
                        "e.json: dossiers[1].collectivite.type: expected one of VILLAGE, VILLE, INTERCOMMUNALITE, "
                                + "found \"VILLE\\u001b[31m\\u202e\""));
    }

    static Stream<Arguments> notJson() {
        return Stream.of(
                Arguments.of("NaN", "\"population\": NaN", "Non-standard token 'NaN'"),
                Arguments.of("a comment", "\"population\": 1 // people", "Unexpected character ('/' (code 47)): "
                        + "maybe a (non-standard) comment?"),
                Arguments.of("a leading plus", "\"population\": +1", "Unexpected character ('+' (code 43)) in "
                        + "numeric value: JSON spec does not allow numbers to have plus signs"),
                Arguments.of("single quotes", "'population': 1", "Unexpected character (''' (code 39)): was "
                        + "expecting double-quote to start field name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJson")
    void notJsonIsNamedWithoutTheParsersSettings(String what, String field, String expected) throws IOException {
        Path file = write("e.json", editionWith(dossier("84087").replace("\"type\": \"VILLE\"", "\"type\": \"VILLE\", "
                + field)));

        assertThatThrownBy(() -> LabelJson.readCandidatures(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages(e)).singleElement().asString()
                        .startsWith(file + ": line 4, column ")
                        .endsWith(": expected well-formed JSON: " + expected)
                        .doesNotContainIgnoringCase("feature")
                        .doesNotContain("`", "Jackson", "enable"));
    }

    @Test
    void theParsersWordsAreLeftOut() {
        assertThat(StrictJson.withoutParserWords(
                "Non-standard token 'Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"))
                .isEqualTo("Non-standard token 'Infinity'");
        assertThat(StrictJson.withoutParserWords("Unexpected character ('/' (code 47)): maybe a (non-standard) comment? "
                + "(not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)"))
                .isEqualTo("Unexpected character ('/' (code 47)): maybe a (non-standard) comment?");
        assertThat(StrictJson.withoutParserWords("Something new about `com.fasterxml.Thing`"))
                .isEqualTo("Something new about");
    }

    @Test
    void anInputIsReadOnceFromAStreamThatCannotBeReadAgain() {
        byte[] bytes = editionWith(dossier("84087")).getBytes(StandardCharsets.UTF_8);
        InputStream once = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized void reset() {
                throw new AssertionError("read twice");
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };

        try (LabelJson.Input input = LabelJson.open(once, "<stdin>")) {
            assertThat(input.kind()).isEqualTo(LabelJson.FileKind.EDITION);
            assertThat(input.edition()).isEqualTo(2023);
            assertThat(input.candidatures().dossiers()).extracting(Dossier::code)
                    .containsExactly("84031", "84087", "84080");
            assertThatThrownBy(input::candidatures).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aDossierFileAndAnEditionFileAreToldApartAndNotTakenForEachOther() throws IOException {
        Path lone = write("d.json", dossier("84031").replaceFirst("\\{", "{\"edition\": 2023, "));
        Path edition = write("e.json", editionWith(dossier("84087")));

        try (LabelJson.Input input = LabelJson.open(lone)) {
            assertThat(input.kind()).isEqualTo(LabelJson.FileKind.DOSSIER);
            assertThat(input.edition()).isEqualTo(2023);
            assertThatThrownBy(input::candidatures).hasMessage(lone + ": expected an edition file "
                    + "({\"edition\": ..., \"dossiers\": [...]}), found a dossier");
        }
        assertThatThrownBy(() -> LabelJson.readDossier(edition)).hasMessage(edition + ": expected a dossier file, "
                + "found an edition file ({\"edition\": ..., \"dossiers\": [...]})");
    }

    @Test
    void anUnknownFieldBeforeTheDossiersRefusesTheFileBeforeAnyDossierIsRead() {
        Reading reading = readStreaming("{\"edition\": 2023, \"editon\": 2023, \"dossiers\": [" + dossier("84031") + "]}");

        assertThat(reading.valid()).isEmpty();
        assertThat(messages(reading.failure())).containsExactly(
                "e.json: editon: unknown field \"editon\"; expected edition, dossiers");
    }

    @Test
    void somethingElseThanAnObjectIsNamed() {
        assertThatThrownBy(() -> LabelJson.open(new ByteArrayInputStream(new byte[0]), "empty.json"))
                .hasMessage("empty.json: expected a JSON object, found nothing");
        assertThatThrownBy(() -> LabelJson.open(new ByteArrayInputStream("[1]".getBytes()), "a.json"))
                .hasMessage("a.json: expected a JSON object, found an array");
        assertThatThrownBy(() -> LabelJson.open(new ByteArrayInputStream("\"2023\"".getBytes()), "s.json"))
                .hasMessage("s.json: expected a JSON object, found \"2023\"");
    }

    /** A stream that fails as a file the user may not read does, or as a failing disk. */
    private static InputStream failing(IOException failure) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }
        };
    }

    @Test
    void aStreamThatCannotBeReadSaysWhy() {
        assertThatThrownBy(() -> LabelJson.open(failing(new java.nio.file.AccessDeniedException("/data/e.json")), "e.json"))
                .hasMessage("e.json: cannot be read: permission denied");
        assertThatThrownBy(() -> LabelJson.open(failing(new java.nio.file.FileSystemException("/data/e.json", null,
                "Input/output error")), "e.json"))
                .hasMessage("e.json: cannot be read: Input/output error");
    }

    @Test
    void aFileThatCannotBeReadSaysWhy() throws IOException {
        Path locked = write("locked.json", dossier("84031"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(locked), "run as a user the permissions apply to (not root)");

        assertThatThrownBy(() -> LabelJson.readDossier(locked)).hasMessage(locked + ": cannot be read: permission denied");
        assertThatThrownBy(() -> LabelJson.readDossier(dir)).hasMessage(dir + ": expected a file, found a folder");
    }
}
