package fr.label.cli;

import fr.label.LabelRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.label.cli.Cli.fixture;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Rule files are code: what the commands do with rules that loop, eat the memory or do not compile. */
class RuleSafetyCommandTest {

    private static final String LOOP = """
            rule "Loop: an action touched again and again"
            when
                $action : FiledAction()
            then
                update($action);
            end
            """;

    /** The 2023 rules plus one file holding this rule. */
    private static Path rulesWith(Path dir, String rule) throws IOException {
        LabelRules.export(2023, dir);
        Files.writeString(dir.resolve("extra.drl"), "package fr.label.rules;\n\nimport fr.label.rules.facts.*;\n\n" + rule);
        return dir;
    }

    private static int count(String text, String part) {
        Matcher found = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (found.find()) {
            count++;
        }
        return count;
    }

    @Test
    void aLoopingRuleEndsTheEvaluationWithExit1NamingTheRule(@TempDir Path dir) throws IOException {
        Path rules = rulesWith(dir, LOOP);

        Cli.Run evaluate = run("evaluate", fixture("dossier-ville-2023.json").toString(), "--rules", rules.toString(),
                "--max-firings", "5000", "--lang", "en");
        Cli.Run palmares = run("palmares", "2023", "--rules", rules.toString(), "--max-firings", "5000");

        assertThat(evaluate.status()).isEqualTo(1);
        assertThat(evaluate.out()).isEmpty();
        assertThat(evaluate.err()).startsWith("label: rule set " + rules + " cannot be used:\n")
                .contains("the rules went past the limit of 5,000 firings per dossier on the dossier ")
                .contains("\"Loop: an action touched again and again\" (" + rules.resolve("extra.drl") + ":5)")
                .doesNotContain("\tat ", "Exception", "internal error", "erreur interne");
        assertThat(palmares.status()).isEqualTo(1);
        assertThat(palmares.err()).startsWith("label: les règles " + rules + " ne peuvent pas servir :\n")
                .contains("les règles ont dépassé la limite de 5\u00a0000 déclenchements par dossier");
    }

    @Test
    void maxFiringsMustBeAPositiveNumber() {
        Cli.Run zero = run("evaluate", fixture("dossier-ville-2023.json").toString(), "--max-firings", "0");
        Cli.Run word = run("test", "../label-examples/src/test/scenarios", "--max-firings", "many");

        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).startsWith("label: ")
                .contains("attendu un nombre de déclenchements de règles, de 1 à 2147483647, trouvé « 0 »");
        assertThat(word.status()).isEqualTo(2);
    }

    @Test
    void aRuleRunningOutOfMemoryIsARuleSetProblemNotAnInternalError(@TempDir Path dir) throws IOException {
        assumeTrue(Runtime.getRuntime().maxMemory() < 8L * (Integer.MAX_VALUE - 8), "a heap smaller than 16 GB");
        Path rules = rulesWith(dir, """
                rule "Hog: more memory than there is"
                when
                    FiledAction( position == 0 )
                then
                    long[] hog = new long[Integer.MAX_VALUE - 8];
                    insert(hog);
                end
                """);

        Cli.Run evaluate = run("evaluate", fixture("dossier-ville-2023.json").toString(), "--rules", rules.toString());

        assertThat(evaluate.status()).isEqualTo(1);
        assertThat(evaluate.err()).startsWith("label: les règles " + rules + " ne peuvent pas servir :\n"
                        + "la mémoire a manqué sur le dossier ")
                .contains("une règle insère sans doute des faits sans fin")
                .doesNotContain("internal error", "erreur interne", "bug");
    }

    @Test
    void testReportsTheErrorsOfItsRulesOnceNotOncePerScenario(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        LabelRules.export(2023, rules);
        Path levels = rules.resolve("levels.drl");
        Files.writeString(levels, Files.readString(levels)
                .replace("insert(new NextLevelTarget($level + 1));", "insert(new NextLevelTarget($level + 1);"));

        Cli.Run run = run("test", "../label-examples/src/test/scenarios", "--rules", rules.toString(), "--edition", "2023");
        Cli.Run english = run("test", "../label-examples/src/test/scenarios", "--rules", rules.toString(), "--edition", "2023",
                "--lang", "en");

        assertThat(run.status()).isEqualTo(1);
        assertThat(count(run.out(), levels + ":")).isEqualTo(1);
        assertThat(run.out()).contains("ÉCHEC " + rules + "  règles de l'édition 2023\n      les règles " + rules
                        + " ne peuvent pas servir :\n      " + levels + ":")
                .contains("      non joué : les règles de l'édition 2023 ne peuvent pas servir (voir plus haut)\n");
        assertThat(count(english.out(), levels + ":")).isEqualTo(1);
        assertThat(english.out()).contains("      not run: the rules of edition 2023 cannot be used (see above)\n");
    }

    @Test
    void diffReportsTheErrorsOfTheCandidateOnceInTheLanguageAsked(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        LabelRules.export(2023, rules);
        Files.delete(rules.resolve("eligibility.drl"));

        Cli.Run french = run("diff", "--candidate", rules.toString(), "2023");
        Cli.Run english = run("diff", "--candidate", rules.toString(), "2023", "--lang", "en");

        assertThat(french.status()).isEqualTo(1);
        assertThat(french.out()).isEmpty();
        assertThat(french.err()).isEqualTo("label: les règles " + rules + " ne peuvent pas servir :\n"
                + "aucune règle ne décide l'éligibilité de chaque action (ActionEligibility) : c'est d'habitude le rôle "
                + "du fichier eligibility.drl\n");
        assertThat(english.err()).isEqualTo("label: rule set " + rules + " cannot be used:\n"
                + "no rule decides the eligibility of each action (ActionEligibility); eligibility.drl usually does\n");
    }
}
