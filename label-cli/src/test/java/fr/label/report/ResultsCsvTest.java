package fr.label.report;

import fr.label.LabelEngine;
import fr.label.dossier.Collectivite;
import fr.label.sketch.DossierSketch;
import fr.label.result.Palmares;
import fr.label.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class ResultsCsvTest {

    /** A small RFC 4180 reader, to check the output the way a spreadsheet reads it. */
    public static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }

    @Test
    void one_row_per_collectivite_after_the_header() {
        Palmares palmares = ReportFixtures.palmares();
        String csv = ResultsCsv.csv(palmares);
        List<List<String>> rows = parse(csv);

        assertThat(csv).startsWith(ResultsCsv.HEADER + "\r\n").endsWith("\r\n");
        assertThat(rows).hasSize(palmares.results().size() + 1);
        assertThat(rows.get(0)).containsExactly("edition", "code", "name", "type", "departement", "region",
                "population", "arobases", "eligibleActions", "coveredEnjeux", "strongEnjeux", "coveredCategories",
                "mentionsEligible", "mentions", "excellence", "validUntil", "nextLevel", "actionsFiled",
                "actionsEligible", "rules", "library");
        assertThat(rows).allMatch(row -> row.size() == 21);
        for (int i = 0; i < palmares.results().size(); i++) {
            Result result = palmares.results().get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row.get(1)).isEqualTo(result.code());
            assertThat(row.get(2)).isEqualTo(result.name());
            assertThat(row.get(7)).isEqualTo(String.valueOf(result.arobases()));
            assertThat(row.get(16)).isEqualTo(result.nextLevel() == null ? "" : String.valueOf(result.nextLevel().arobases()));
            assertThat(row.get(17)).isEqualTo(String.valueOf(result.actions().size()));
            assertThat(row.get(19)).isEqualTo(palmares.rules().digest()).startsWith("sha256:");
            assertThat(row.get(20)).isEqualTo(palmares.rules().library());
        }
    }

    @Test
    void a_row_holds_the_result_s_values() {
        Palmares palmares = ReportFixtures.palmares();
        Result martigues = palmares.result("13056").orElseThrow();
        List<String> row = parse(ResultsCsv.csv(palmares)).stream().filter(r -> r.get(1).equals("13056"))
                .findFirst().orElseThrow();
        assertThat(row).containsExactly("2023", "13056", "Martigues", "VILLE", "13", "Provence-Alpes-Côte d'Azur",
                "48000", "5", String.valueOf(martigues.eligibleActions()), String.valueOf(martigues.coveredEnjeux()),
                String.valueOf(martigues.strongEnjeux()), String.valueOf(martigues.coveredCategories()),
                String.join(";", martigues.mentionsEligible().stream().map(m -> m.code()).toList()),
                String.join(";", martigues.mentions().stream().map(m -> m.code()).toList()),
                "AWARDED", String.valueOf(martigues.excellence().validUntil()), "",
                String.valueOf(martigues.actions().size()),
                String.valueOf(martigues.actions().stream().filter(a -> a.eligible()).count()),
                martigues.rules().digest(), martigues.rules().library());
        assertThat(martigues.mentionsEligible()).isNotEmpty();
    }

    @Test
    void several_mentions_are_joined_with_semicolons() {
        Palmares palmares = LabelEngine.forEdition(2024).evaluateEdition(List.of(
                DossierSketch.of(2024, Collectivite.ville("1", "Deux-Mentions"))
                        .profile(40, 11, 3, 4, true)
                        .innovativeActionsIn("EDUCATION", 3).innovativeActionsIn("DEMOCRATIE_LOCALE", 3).build()));
        List<String> row = parse(ResultsCsv.csv(palmares)).get(1);
        assertThat(row.get(13)).isEqualTo("DEMOCRATIE_LOCALE;NUMERIQUE_EDUCATIF");
    }

    @Test
    void fields_are_quoted_as_rfc_4180_says() {
        assertThat(ResultsCsv.field("Carpentras")).isEqualTo("Carpentras");
        assertThat(ResultsCsv.field("Provence-Alpes-Côte d'Azur")).isEqualTo("Provence-Alpes-Côte d'Azur");
        assertThat(ResultsCsv.field("Aix, Marseille")).isEqualTo("\"Aix, Marseille\"");
        assertThat(ResultsCsv.field("le \"village\"")).isEqualTo("\"le \"\"village\"\"\"");
        assertThat(ResultsCsv.field("deux\nlignes")).isEqualTo("\"deux\nlignes\"");
        assertThat(ResultsCsv.field(null)).isEmpty();
        assertThat(ResultsCsv.field(12)).isEqualTo("12");

        Palmares palmares = LabelEngine.forEdition(2023).evaluateEdition(List.of(
                DossierSketch.of(2023, Collectivite.ville("1", "Aix, \"la\" ville").locatedIn("13", "Sud\r\nEst"))
                        .profile(5, 2, 0, 1, false).build()));
        List<List<String>> rows = parse(ResultsCsv.csv(palmares));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(2)).isEqualTo("Aix, \"la\" ville");
        assertThat(rows.get(1).get(5)).isEqualTo("Sud\r\nEst");
        assertThat(rows.get(1).get(6)).isEmpty();
    }

    @Test
    void the_written_file_starts_with_a_byte_order_mark_for_spreadsheets(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("r.csv");
        ResultsCsv.write(ReportFixtures.palmares(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + ResultsCsv.HEADER);
        assertThat(text.substring(1)).isEqualTo(ResultsCsv.csv(ReportFixtures.palmares()));
    }
}
