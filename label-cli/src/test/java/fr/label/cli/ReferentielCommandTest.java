package fr.label.cli;

import fr.label.json.ReferentielJson;
import fr.label.referentiel.Referentiel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

class ReferentielCommandTest {

    @Test
    void csvIsTheDefaultWithAHeaderAndOneServiceARowOver16Enjeux() {
        Cli.Run run = run("referentiel");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("code,enjeu,categorie,label");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(line -> line.split(",", 4)).toList();
        assertThat(rows).hasSize(139);
        assertThat(rows.stream().map(row -> row[0]).distinct()).hasSize(139);
        assertThat(rows.stream().map(row -> row[1]).collect(Collectors.toSet())).hasSize(16);
        assertThat(rows.stream().map(row -> row[2]).collect(Collectors.toSet())).hasSize(4);
        assertThat(lines).contains(
                "e-demarches,SERVICES_PUBLICS,DEMOCRATIE_SERVICES_PUBLICS,Démarches administratives en ligne");
    }

    @Test
    void csvLabelsCanBeEnglish() {
        assertThat(run("referentiel", "--format", "csv", "--lang", "en").out())
                .contains("e-demarches,SERVICES_PUBLICS,DEMOCRATIE_SERVICES_PUBLICS,Online administrative procedures");
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesOrLineBreaksAsRfc4180Says() {
        assertThat(ReferentielCommand.csvRow(List.of("a", "b,c", "say \"hi\"", "two\nlines")))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    }

    @Test
    void jsonIsTheReferentielFileFormat() {
        Cli.Run run = run("referentiel", "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(ReferentielJson.toJson(Referentiel.defaultReferentiel()) + "\n");
    }
}
