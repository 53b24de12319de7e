package fr.label.cli;

import fr.label.LabelEngine;
import org.junit.jupiter.api.Test;

import static fr.label.cli.Cli.fixtureArg;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

class UsageErrorTest {

    @Test
    void anUnknownOptionIsAUsageErrorWithExit2() {
        Cli.Run run = run("evaluate", fixtureArg("dossier-ville-2023.json"), "--colour");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("label: Unknown option: '--colour'\n"
                + "Try 'label evaluate --help' for more information.\n");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithSuggestions() {
        Cli.Run run = run("evaluat");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean: label evaluate");
    }

    @Test
    void noCommandIsAUsageErrorThatShowsTheUsage() {
        Cli.Run run = run();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("label: missing command", "Usage: label", "Exit status:");
    }

    @Test
    void aBadFormatIsAUsageErrorSayingWhatIsExpected() {
        assertThat(run("evaluate", fixtureArg("dossier-ville-2023.json"), "--format", "xml"))
                .satisfies(run -> assertThat(run.status()).isEqualTo(2))
                .satisfies(run -> assertThat(run.err())
                        .startsWith("label: Invalid value for option '--format': expected text, json or csv, found 'xml'"));
        assertThat(run("referentiel", "--format", "text"))
                .satisfies(run -> assertThat(run.status()).isEqualTo(2))
                .satisfies(run -> assertThat(run.err()).contains("expected csv or json, found 'text'"));
    }

    @Test
    void aBadLanguageOrThreadCountIsAUsageError() {
        assertThat(run("palmares", "2023", "--lang", "de").status()).isEqualTo(2);
        assertThat(run("palmares", "2023", "--threads", "0").err()).contains("expected a number of threads");
    }

    @Test
    void aThreadCountBeyondTheMaximumIsAUsageErrorNotAnInternalOne() {
        // 268,435,456 threads overflowed the in-flight window: "internal error: NoSuchElementException", exit 3.
        for (String threads : new String[] {"268435456", "257", "99999999999"}) {
            Cli.Run run = run("palmares", "2023", "--threads", threads, "--format", "csv");

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("label: Invalid value for option '--threads': expected a number of threads "
                    + "from 1 to 256, found '" + threads + "'\nTry 'label palmares --help' for more information.\n");
        }
        assertThat(run("palmares", "2023", "--threads", "256", "--format", "csv").status()).isZero();
    }

    @Test
    void anUnknownCommandIsNamedAndTheCommandsListedInTheLanguageAsked() {
        Cli.Run french = run("bogus");
        Cli.Run english = run("bogus", "--lang", "en");

        assertThat(french.status()).isEqualTo(2);
        assertThat(french.err()).isEqualTo("label: commande inconnue « bogus » ; les commandes sont : evaluate, palmares, "
                + "referentiel, rules, check-rules, test, diff, serve, help\nTry 'label --help' for more information.\n");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err()).startsWith("label: unknown command 'bogus'; the commands are: evaluate, palmares, "
                + "referentiel, rules, check-rules, test, diff, serve, help\n");
    }

    @Test
    void rulesThatAreAFileAreAUsageErrorSayingAFolderOfDrlFilesIsExpected() {
        String file = fixtureArg("dossier-ville-2023.json");

        Cli.Run french = run("palmares", "2023", "--rules", file);
        Cli.Run english = run("evaluate", file, "--rules", "no/such/rules", "--lang", "en");
        Cli.Run diff = run("diff", "2023", "--candidate", file, "--lang", "en");

        assertThat(french.status()).isEqualTo(2);
        assertThat(french.err()).startsWith("label: --rules " + file + " : attendu un répertoire de fichiers .drl "
                + "(voir « label rules --export »), trouvé un fichier\n");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err()).startsWith("label: --rules no/such/rules: expected a folder of .drl files "
                + "(see 'label rules --export'), found nothing (no such folder)\n");
        assertThat(diff.status()).isEqualTo(2);
        assertThat(diff.err()).startsWith("label: --candidate " + file + ": expected a folder of .drl files");
    }

    @Test
    void aYearOrFileArgumentThatIsNeitherSaysBothWouldDo() {
        Cli.Run french = run("palmares", "abc");
        Cli.Run english = run("diff", "abc", "--candidate", ".", "--lang", "en");

        assertThat(french.status()).isEqualTo(1);
        assertThat(french.err()).isEqualTo("abc: attendu une année de palmarès (parmi " + LabelEngine.editions()
                + ") ou un fichier d'édition, trouvé ni l'une ni l'autre : aucun fichier de ce nom\n");
        assertThat(english.status()).isEqualTo(1);
        assertThat(english.err()).startsWith("abc: expected a palmarès year (one of [")
                .endsWith(") or an edition file, found neither: no such file\n");
    }

    @Test
    void anUnknownYearIsAUsageErrorListingTheKnownEditions() {
        Cli.Run palmares = run("palmares", "1999");
        Cli.Run rules = run("rules", "--edition", "2031");

        assertThat(palmares.status()).isEqualTo(2);
        assertThat(palmares.err()).startsWith("label: unknown edition 1999; known editions: " + LabelEngine.editions());
        assertThat(rules.status()).isEqualTo(2);
        assertThat(rules.err()).startsWith("label: unknown edition 2031; known editions: " + LabelEngine.editions());
    }

    @Test
    void helpListsTheCommandsAndTheExitStatuses() {
        Cli.Run top = run("--help");
        Cli.Run evaluate = run("evaluate", "--help");

        assertThat(top.status()).isZero();
        assertThat(top.out()).contains("evaluate", "palmares", "referentiel", "rules",
                "0   success", "1   some input was rejected", "2   usage error", "3   internal error");
        assertThat(evaluate.status()).isZero();
        assertThat(evaluate.out()).contains("--rules=DIR", "--format=text|json", "--lang=fr|en", "Exit status:");
    }

    @Test
    void anUnexpectedErrorIsOneLineWithExit3() {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine commandLine = LabelCommand.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err, true));

        int status = Failures.executionError(new IllegalStateException("boom\nsecond line"), commandLine, null);

        assertThat(status).isEqualTo(3);
        assertThat(err.toString()).isEqualTo(
                "label: internal error: IllegalStateException: boom (this is a bug of the tool; exit status 3)\n");
    }
}
