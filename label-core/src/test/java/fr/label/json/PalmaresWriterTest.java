package fr.label.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.label.Language;
import fr.label.dossier.InputProblem;
import fr.label.result.Palmares;
import fr.label.spi.SummaryTally;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A palmarès written result by result says whether it is whole: never a well-formed palmarès without a marker. */
class PalmaresWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aFinishedPalmaresEndsWithCompleteTrue() throws IOException {
        StringWriter out = new StringWriter();
        try (LabelJson.PalmaresWriter writer = LabelJson.palmaresWriter(out, 2023, List.of(), Language.FR)) {
            writer.finish(new Palmares(2023, List.of(), List.of(), List.of(),
                    new SummaryTally(List.of()).summary(0)));
        }

        JsonNode palmares = MAPPER.readTree(out.toString());
        assertThat(palmares.get("complete").asBoolean()).isTrue();
        assertThat(palmares.has("summary")).isTrue();
        assertThat(out.toString()).endsWith("\"complete\" : true\n}");
    }

    @Test
    void aPalmaresStoppedHalfWayEndsWithCompleteFalseAndItsProblems() throws IOException {
        StringWriter out = new StringWriter();
        try (LabelJson.PalmaresWriter writer = LabelJson.palmaresWriter(out, 2023, List.of(), Language.FR)) {
            writer.incomplete(List.of(new InputProblem("edition.json", "line 40, column 3",
                    "expected well-formed JSON: end of input")));
        }

        JsonNode palmares = MAPPER.readTree(out.toString());
        assertThat(palmares.get("results").size()).isZero();
        assertThat(palmares.get("complete").asBoolean()).isFalse();
        assertThat(palmares.has("summary")).isFalse();
        assertThat(palmares.get("problems").get(0).get("file").asText()).isEqualTo("edition.json");
        assertThat(palmares.get("problems").get(0).get("path").asText()).isEqualTo("line 40, column 3");
        assertThat(palmares.get("problems").get(0).get("message").asText())
                .isEqualTo("expected well-formed JSON: end of input");
    }

    @Test
    void aWriterClosedWithoutAnEndingLeavesJsonNoReaderAccepts() {
        StringWriter out = new StringWriter();
        try (LabelJson.PalmaresWriter writer = LabelJson.palmaresWriter(out, 2023, List.of(), Language.FR)) {
            assertThat(writer).isNotNull();
        }

        assertThatThrownBy(() -> MAPPER.readTree(out.toString())).isInstanceOf(IOException.class);
    }
}
