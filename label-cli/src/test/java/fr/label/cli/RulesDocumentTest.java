package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.RuleInfo;
import org.junit.jupiter.api.Test;

import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The rule documentation is generated from the rule files: every figure and rule shows. */
class RulesDocumentTest {

    @Test
    void markdownHasTheThresholdsTableTheCatalogueTheJuryDateTheFiguresAndEveryRule() {
        Cli.Run run = run("rules", "--edition", "2023", "--format", "md");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("# Rules of edition 2023 (24th palmarès)\n")
                .contains("Jury date: 2022-12-01.")
                .contains("| level | VILLAGE | VILLE | INTERCOMMUNALITE |\n")
                .contains("| 1@ | every dossier | every dossier | every dossier |\n")
                .contains("| 4@ | E ≥ 8, A ≥ 18, D | E ≥ 10, A ≥ 35, D | E ≥ 9, A ≥ 30, D |\n")
                .contains("| 5@ | E ≥ 11, A ≥ 30, C ≥ 4, S ≥ 3 | E ≥ 13, A ≥ 60, C ≥ 4, S ≥ 6 | E ≥ 12, A ≥ 50, C ≥ 4, S ≥ 5 |\n")
                .contains("| `MEDIATION_NUMERIQUE` | médiation numérique (digital mediation) | `MEDIATION` | 3 |\n")
                .contains("### Thresholds: arobases\n")
                .contains("insert(new MentionSettings(3, 3, 1));")
                .contains("insert(new EditionSettings(2023, LocalDate.of(2022, 12, 1)));");
        for (RuleInfo rule : LabelEngine.forEdition(2023).rules()) {
            assertThat(run.out()).contains("| " + rule.name().replace("|", "\\|") + " | " + rule.salience() + " | "
                    + rule.description() + " |");
        }
    }

    @Test
    void htmlIsAPageWithTheSameContentAndNoMentionIn2020() {
        Cli.Run run = run("rules", "--edition", "2020", "--format", "html");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>")
                .contains("<title>Rules of edition 2020 (21st palmarès)</title>")
                .contains("<td>E ≥ 10, A ≥ 35, D</td>")
                .contains("<p>No mention in this edition.</p>")
                .contains("<td>Excellence: not awarded in this edition</td>")
                .endsWith("</html>\n");
    }

    @Test
    void theDefaultStaysThePlainListing() {
        assertThat(run("rules", "--edition", "2023").out()).startsWith("Règles de l'édition 2023");
    }
}
