package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The rule documentation is generated from the rule files: every figure and rule shows. */
class RulesDocumentTest {

    @Test
    void markdownHasTheThresholdsTableTheCatalogueTheJuryDateTheFiguresAndEveryRule() {
        Cli.Run run = run("rules", "--edition", "2023", "--format", "md", "--lang", "en");
        LabelEngine engine = LabelEngine.forEdition(2023);

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("# Rules of edition 2023 (24th palmarès)\n")
                .contains("Jury date: 2022-12-01.")
                .contains("Fingerprint of the rules: " + engine.fingerprint().describe(Language.EN) + " ("
                        + engine.fingerprint().digest() + ").")
                .contains("| level | VILLAGE | VILLE | INTERCOMMUNALITE |\n")
                .contains("| 1@ | every dossier | every dossier | every dossier |\n")
                .contains("| 4@ | E ≥ 8, A ≥ 18, D | E ≥ 10, A ≥ 35, D | E ≥ 9, A ≥ 30, D |\n")
                .contains("| 5@ | E ≥ 11, A ≥ 30, C ≥ 4, S ≥ 3 | E ≥ 13, A ≥ 60, C ≥ 4, S ≥ 6 | E ≥ 12, A ≥ 50, C ≥ 4, S ≥ 5 |\n")
                .contains("| `MEDIATION_NUMERIQUE` | digital mediation | `MEDIATION` | 3 |\n")
                .contains("### " + titleOf(engine, "Thresholds: arobases", Language.EN) + "\n")
                .contains(".minArobases(3)             // this level at least,")
                .contains(".juryDate(2022, 12, 1)  // actions are judged at this date");
        for (RuleInfo rule : engine.rules()) {
            assertThat(run.out()).contains("| " + rule.title(Language.EN).replace("|", "\\|") + " | `"
                    + rule.name().replace("|", "\\|") + "` | " + rule.description() + " |");
        }
    }

    @Test
    void inFrenchByDefaultWithTheRulesFrenchTitles() {
        Cli.Run run = run("rules", "--edition", "2023", "--format", "md");
        LabelEngine engine = LabelEngine.forEdition(2023);

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("# Règles de l'édition 2023 (24e palmarès)\n")
                .contains("Date du jury : 2022-12-01.")
                .contains("Empreinte des règles : édition 2023, empreinte " + engine.fingerprint().shortDigest())
                .contains("| niveau | VILLAGE | VILLE | INTERCOMMUNALITE |\n")
                .contains("| 1@ | tout dossier | tout dossier | tout dossier |\n")
                .contains("| `MEDIATION_NUMERIQUE` | médiation numérique | `MEDIATION` | 3 |\n")
                .contains("| règle | identifiant | ce qu'elle décide |");
        for (RuleInfo rule : engine.rules()) {
            assertThat(run.out()).contains("| " + rule.title(Language.FR).replace("|", "\\|") + " | `");
        }
    }

    @Test
    void anAuthorsCopyIsDocumentedWithItsOwnTitlesAndFingerprint(@TempDir Path dir) {
        Path mine = TitledRules.export(2023, dir.resolve("my-rules"));

        Cli.Run run = run("rules", "--rules", mine.toString(), "--format", "html");

        LabelEngine engine = LabelEngine.builder().edition(2023).rules(mine).build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")
                .contains("<h1>Règles de l&#39;édition 2023 (24e palmarès)</h1>")
                .contains("(" + mine + ")")
                .contains("data-digest=\"" + engine.fingerprint().digest() + "\"");
        for (RuleInfo rule : engine.rules()) {
            assertThat(run.out()).contains("<tr><td>" + rule.title(Language.FR).replace("'", "&#39;"));
        }
    }

    @Test
    void theHtmlTemplateEscapesEveryValueFromTheRulesAndTheirDirectory(@TempDir Path dir) {
        // markup in a rule's title and in the directory's name, which the document shows
        Path mine = TitledRules.export(2023, dir.resolve("my-<b>rules</b>&co"));
        TitledRules.edit(mine, text -> text.replace("@titleFr(\"Règle numéro ", "@titleFr(\"<i>Règle</i> & numéro "));

        Cli.Run run = run("rules", "--rules", mine.toString(), "--format", "html");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("my-&lt;b&gt;rules&lt;/b&gt;&amp;co")
                .contains("<tr><td>&lt;i&gt;Règle&lt;/i&gt; &amp; numéro ")
                .doesNotContain("<b>rules").doesNotContain("<i>Règle");
    }

    @Test
    void htmlIsAPageWithTheSameContentAndNoMentionIn2020() {
        Cli.Run run = run("rules", "--edition", "2020", "--format", "html", "--lang", "en");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<title>Rules of edition 2020 (21st palmarès)</title>")
                .contains("<td>E ≥ 10, A ≥ 35, D</td>")
                .contains("<p>No mention in this edition.</p>")
                .contains("<td>" + titleOf(LabelEngine.forEdition(2020), "Excellence: not awarded in this edition",
                        Language.EN) + "</td>")
                .endsWith("</html>\n");
        assertThat(run("rules", "--edition", "2020", "--format", "html").out())
                .contains("<p>Aucune mention dans cette édition.</p>");
    }

    private static String titleOf(LabelEngine engine, String name, Language language) {
        return engine.rules().stream().filter(rule -> rule.name().equals(name)).findFirst().orElseThrow()
                .title(language);
    }

    @Test
    void theDefaultStaysThePlainListing() {
        assertThat(run("rules", "--edition", "2023").out()).startsWith("Règles de l'édition 2023");
    }

    @Test
    void aMutationRunShowsEachSurvivorNextToItsRule() {
        fr.label.RuleSetDescription rules = fr.label.LabelRules.shipped(2023);
        fr.label.testing.RuleMutant mutant = new fr.label.testing.RuleMutant(fr.label.testing.RuleMutant.Kind.FIGURE,
                "Thresholds: arobases", "common/thresholds.drl", 70, "35", "34", "rule ... end");
        fr.label.testing.MutationReport report = new fr.label.testing.MutationReport(2023, "shipped", List.of(
                new fr.label.testing.MutantOutcome(mutant, fr.label.testing.MutantOutcome.Status.SURVIVED, null,
                        new fr.label.testing.MutantOutcome.Detail("aucun résultat ne change",
                                "no result changes: no dossier of the scenarios lies between 35 and 34"))));

        String html = new fr.label.report.RulesDocument(rules, "shipped", Language.EN, report).html();
        String without = new fr.label.report.RulesDocument(rules, "shipped", Language.EN).html();

        assertThat(html).contains("<p id=\"mutants\">Mutants, edition 2023 (rules: shipped): 1 mutant, 0 killed, "
                        + "1 survived: score 0%</p>")
                .contains("<th>surviving mutants</th>")
                .contains("<td class=\"survivors\"><p>common/thresholds.drl:70  35 → 34 — no result changes: no dossier "
                        + "of the scenarios lies between 35 and 34</p></td>");
        assertThat(without).doesNotContain("surviving mutants", "id=\"mutants\"");
    }

    @Test
    void mutantsInTheDocumentationNeedItsFormat() {
        Cli.Run run = run("rules", "--edition", "2023", "--mutants", "../label-examples/src/test/scenarios");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--mutants montre les mutants survivants dans la documentation des règles : "
                + "donner --format md ou html");
    }
}
