package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.Language;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static fr.label.cli.Cli.fixtureArg;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

class UsageErrorTest {

    private static final String COMMANDS = "evaluate, palmares, referentiel, rules, check-rules, test, diff, serve, help";

    /** The lines a usage error prints on stderr, after checking it prints nothing on stdout and exits with 2. */
    private static String usageError(String... args) {
        Cli.Run run = run(args);
        assertThat(run.status()).as("exit status of %s", List.of(args)).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        return run.err();
    }

    /** What picocli itself says of this line: the English a run with --lang en prints unchanged. */
    private static String picocliSays(String... args) {
        CommandLine commandLine = LabelCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return "label: " + e.getMessage().lines().findFirst().orElseThrow() + "\n";
        }
        throw new AssertionError("no usage error for " + List.of(args));
    }

    @Test
    void anUnknownOptionIsNamedInTheLanguageOfTheRun() {
        String dossier = fixtureArg("dossier-ville-2023.json");

        assertThat(usageError("evaluate", dossier, "--colour")).isEqualTo("label: option inconnue : « --colour »\n"
                + "Essayez « label evaluate --help » pour en savoir plus.\n");
        assertThat(usageError("evaluate", dossier, "--colour", "--lang", "en")).isEqualTo(
                "label: Unknown option: '--colour'\nTry 'label evaluate --help' for more information.\n");
        assertThat(usageError("evaluate", dossier, "--lang=en", "--colour"))
                .startsWith(picocliSays("evaluate", dossier, "--lang=en", "--colour"));
    }

    @Test
    void aControlCharacterTypedIsShownNotObeyed() {
        String error = usageError("evaluate", "d.json", "--col\nour\u001b[2J");

        assertThat(error).startsWith("label: option inconnue : « --col").doesNotContain("\u001b")
                .endsWith(" »\nEssayez « label evaluate --help » pour en savoir plus.\n");
        assertThat(error.lines()).hasSize(2);
    }

    @Test
    void nearOptionsAreSuggestedInTheLanguageOfTheRun() {
        assertThat(usageError("evaluate", "d.json", "--forma", "json")).isEqualTo(
                "label: options inconnues : « --forma », « json »\nSolutions possibles : --format\n"
                        + "Essayez « label evaluate --help » pour en savoir plus.\n");
        assertThat(usageError("evaluate", "d.json", "--forma", "json", "--lang", "en")).isEqualTo(
                "label: Unknown options: '--forma', 'json'\nPossible solutions: --format\n"
                        + "Try 'label evaluate --help' for more information.\n");
    }

    @Test
    void anArgumentTooManyIsNamedWithItsPosition() {
        assertThat(usageError("evaluate", "a.json", "b.json")).isEqualTo(
                "label: argument en trop à la position 2 : « b.json »\n"
                        + "Essayez « label evaluate --help » pour en savoir plus.\n");
        assertThat(usageError("evaluate", "a.json", "b.json", "c.json")).startsWith(
                "label: arguments en trop à partir de la position 2 : « b.json », « c.json »\n");
        assertThat(usageError("evaluate", "a.json", "b.json", "--lang", "en")).isEqualTo(
                "label: Unmatched argument at index 2: 'b.json'\nTry 'label evaluate --help' for more information.\n");
        assertThat(usageError("evaluate", "a.json", "b.json", "c.json", "--lang", "en"))
                .startsWith("label: Unmatched arguments from index 2: 'b.json', 'c.json'\n")
                .startsWith(picocliSays("evaluate", "a.json", "b.json", "c.json", "--lang", "en"));
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithSuggestionsInTheLanguageOfTheRun() {
        assertThat(usageError("evaluat")).isEqualTo("label: commande inconnue « evaluat » ; les commandes sont : "
                + COMMANDS + "\nVouliez-vous dire : label evaluate ou label palmares ?\n"
                + "Essayez « label --help » pour en savoir plus.\n");
        assertThat(usageError("evaluat", "--lang", "en")).isEqualTo("label: unknown command 'evaluat'; the commands are: "
                + COMMANDS + "\nDid you mean: label evaluate or label palmares?\n"
                + "Try 'label --help' for more information.\n");
    }

    @Test
    void anUnknownCommandIsNamedAndTheCommandsListedInTheLanguageAsked() {
        assertThat(usageError("bogus")).isEqualTo("label: commande inconnue « bogus » ; les commandes sont : "
                + COMMANDS + "\nEssayez « label --help » pour en savoir plus.\n");
        assertThat(usageError("bogus", "--lang", "en")).isEqualTo("label: unknown command 'bogus'; the commands are: "
                + COMMANDS + "\nTry 'label --help' for more information.\n");
    }

    @Test
    void noCommandIsAUsageErrorThatShowsTheUsage() {
        Cli.Run run = run();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("label: commande manquante : evaluate, palmares, referentiel, rules, "
                + "check-rules, test, diff ou serve\n").contains("Usage: label", "Exit status:");
    }

    @Test
    void aMissingParameterOrOptionIsNamedInTheLanguageOfTheRun() {
        assertThat(usageError("evaluate")).isEqualTo("label: paramètre obligatoire manquant : « FILE »\n"
                + "Essayez « label evaluate --help » pour en savoir plus.\n");
        assertThat(usageError("evaluate", "--lang", "en")).isEqualTo("label: Missing required parameter: 'FILE'\n"
                + "Try 'label evaluate --help' for more information.\n");
        assertThat(usageError("diff", "2023")).startsWith("label: option obligatoire manquante : « --candidate=DIR »\n");
        assertThat(usageError("diff", "2023", "--lang", "en"))
                .startsWith("label: Missing required option: '--candidate=DIR'\n")
                .startsWith(picocliSays("diff", "2023", "--lang", "en"));
        assertThat(usageError("diff")).startsWith("label: options et paramètres obligatoires manquants : "
                + "« --candidate=DIR », « EDITION_FILE|YEAR »\n");
        assertThat(usageError("diff", "--lang", "en"))
                .startsWith("label: Missing required options and parameters: '--candidate=DIR', 'EDITION_FILE|YEAR'\n")
                .startsWith(picocliSays("diff", "--lang", "en"));
    }

    @Test
    void aMissingOptionValueIsNamedInTheLanguageOfTheRun() {
        String dossier = fixtureArg("dossier-ville-2023.json");

        assertThat(usageError("evaluate", dossier, "--format")).isEqualTo(
                "label: valeur manquante pour l'option « --format » (text|json|csv)\n"
                        + "Essayez « label evaluate --help » pour en savoir plus.\n");
        assertThat(usageError("evaluate", dossier, "--lang", "en", "--format")).isEqualTo(
                "label: Missing required parameter for option '--format' (text|json|csv)\n"
                        + "Try 'label evaluate --help' for more information.\n");
        assertThat(usageError("evaluate", dossier, "--format", "--lang")).startsWith(
                "label: valeur manquante pour l'option « --format » : trouvé l'option « --lang »\n");
        assertThat(usageError("evaluate", dossier, "--lang=en", "--format", "--lang"))
                .startsWith("label: Expected parameter for option '--format' but found '--lang'\n")
                .startsWith(picocliSays("evaluate", dossier, "--lang=en", "--format", "--lang"));
    }

    @Test
    void anOptionGivenTwiceIsAUsageErrorInTheLanguageOfTheRun() {
        assertThat(usageError("referentiel", "--format", "csv", "--format", "json")).startsWith(
                "label: l'option « --format » ne se donne qu'une fois\n");
        assertThat(usageError("referentiel", "--format", "csv", "--format", "json", "--lang", "en"))
                .startsWith("label: option '--format' (csv|json) should be specified only once\n")
                .startsWith(picocliSays("referentiel", "--format", "csv", "--format", "json", "--lang", "en"));
    }

    @Test
    void aBadValueSaysWhatIsExpectedInTheLanguageOfTheRun() {
        String dossier = fixtureArg("dossier-ville-2023.json");

        assertThat(usageError("evaluate", dossier, "--format", "xml")).isEqualTo("label: valeur invalide pour l'option "
                + "« --format » : attendu text, json ou csv, trouvé « xml »\n"
                + "Essayez « label evaluate --help » pour en savoir plus.\n");
        assertThat(usageError("evaluate", dossier, "--format", "xml", "--lang", "en")).isEqualTo("label: Invalid value "
                + "for option '--format': expected text, json or csv, found 'xml'\n"
                + "Try 'label evaluate --help' for more information.\n");
        assertThat(usageError("referentiel", "--format", "text")).startsWith("label: valeur invalide pour l'option "
                + "« --format » : attendu csv ou json, trouvé « text »\n");
        assertThat(usageError("referentiel", "--lang=en", "--format", "text")).startsWith("label: Invalid value for "
                + "option '--format': expected csv or json, found 'text'\n");
        assertThat(usageError("rules", "--edition", "2023", "--format", "pdf")).startsWith("label: valeur invalide "
                + "pour l'option « --format » : attendu text, md ou html, trouvé « pdf »\n");
        assertThat(usageError("evaluate", dossier, "--max-firings", "0")).startsWith("label: valeur invalide pour "
                + "l'option « --max-firings » : attendu un nombre de déclenchements de règles, de 1 à 2147483647, "
                + "trouvé « 0 »\n");
        assertThat(usageError("evaluate", dossier, "--max-firings", "0", "--lang", "en")).startsWith("label: Invalid "
                + "value for option '--max-firings': expected a number of rule firings, from 1 to 2147483647, found '0'\n");
    }

    @Test
    void aBadValueForPicocliItselfIsSaidInTheLanguageOfTheRun() {
        assertThat(usageError("rules", "--edition", "abc")).startsWith(
                "label: valeur invalide pour l'option « --edition » : attendu un nombre entier, trouvé « abc »\n");
        assertThat(usageError("rules", "--edition", "abc", "--lang", "en"))
                .startsWith("label: Invalid value for option '--edition': 'abc' is not an int\n")
                .startsWith(picocliSays("rules", "--edition", "abc", "--lang", "en"));
        assertThat(usageError("test", "scenarios", "--min-coverage", "most")).startsWith(
                "label: valeur invalide pour l'option « --min-coverage » : attendu un nombre, trouvé « most »\n");
        assertThat(usageError("test", "scenarios", "--min-coverage", "most", "--lang", "en"))
                .startsWith(picocliSays("test", "scenarios", "--min-coverage", "most", "--lang", "en"));
    }

    @Test
    void aBadLanguageIsSaidInFrenchTheDefault() {
        assertThat(usageError("palmares", "2023", "--lang", "de")).isEqualTo("label: valeur invalide pour l'option "
                + "« --lang » : attendu fr ou en, trouvé « de »\nEssayez « label palmares --help » pour en savoir plus.\n");
        assertThat(usageError("palmares", "2023", "--lang=english")).startsWith("label: valeur invalide pour l'option "
                + "« --lang » : attendu fr ou en, trouvé « english »\n");
    }

    @Test
    void theLanguageOfAUsageErrorIsTheLastOneGivenAndFrenchWhenNoneIsUsable() {
        assertThat(Failures.languageOf(new String[] {"evaluate", "f.json", "--lang", "en"})).isEqualTo(Language.EN);
        assertThat(Failures.languageOf(new String[] {"--lang=EN", "evaluate"})).isEqualTo(Language.EN);
        assertThat(Failures.languageOf(new String[] {"evaluate", "--lang", "en", "--lang", "fr"})).isEqualTo(Language.FR);
        assertThat(Failures.languageOf(new String[] {"evaluate", "--lang", "de"})).isEqualTo(Language.FR);
        assertThat(Failures.languageOf(new String[] {"evaluate", "--lang"})).isEqualTo(Language.FR);
        assertThat(Failures.languageOf(new String[] {"evaluate", "--", "--lang=en"})).isEqualTo(Language.FR);
        assertThat(Failures.languageOf(new String[] {"evaluate", "f.json"})).isEqualTo(Language.FR);
    }

    @Test
    void aThreadCountBeyondTheMaximumIsAUsageErrorNotAnInternalOne() {
        // 268,435,456 threads overflowed the in-flight window: "internal error: NoSuchElementException", exit 3.
        for (String threads : new String[] {"268435456", "257", "99999999999"}) {
            assertThat(usageError("palmares", "2023", "--threads", threads, "--format", "csv", "--lang", "en"))
                    .isEqualTo("label: Invalid value for option '--threads': expected a number of threads from 1 to 256, "
                            + "found '" + threads + "'\nTry 'label palmares --help' for more information.\n");
            assertThat(usageError("palmares", "2023", "--threads", threads, "--format", "csv"))
                    .isEqualTo("label: valeur invalide pour l'option « --threads » : attendu un nombre de fils "
                            + "d'exécution de 1 à 256, trouvé « " + threads + " »\n"
                            + "Essayez « label palmares --help » pour en savoir plus.\n");
        }
        assertThat(run("palmares", "2023", "--threads", "256", "--format", "csv").status()).isZero();
    }

    @Test
    void anUnknownYearIsAUsageErrorListingTheKnownEditionsInTheLanguageOfTheRun() {
        String editions = LabelEngine.editions().toString();

        assertThat(usageError("palmares", "1999")).isEqualTo("label: édition inconnue « 1999 » ; éditions connues : "
                + editions + "\nEssayez « label palmares --help » pour en savoir plus.\n");
        assertThat(usageError("palmares", "1999", "--lang", "en")).isEqualTo("label: unknown edition 1999; "
                + "known editions: " + editions + "\nTry 'label palmares --help' for more information.\n");
        assertThat(usageError("diff", "1999", "--candidate", ".")).startsWith("label: édition inconnue « 1999 »");
        assertThat(usageError("rules", "--edition", "2031")).startsWith("label: édition inconnue « 2031 » ; "
                + "éditions connues : " + editions + "\n");
        assertThat(usageError("rules", "--edition", "2031", "--lang", "en")).startsWith("label: unknown edition 2031; "
                + "known editions: " + editions + "\n");
    }

    @Test
    void theCommandsOwnChecksAreSaidInTheLanguageOfTheRun() {
        String dossier = fixtureArg("dossier-ville-2023.json");

        assertThat(usageError("evaluate", dossier, "--html", "site", "--output", "out.txt")).startsWith(
                "label: --html et --output ne vont pas ensemble : --html écrit des pages au lieu d'imprimer, "
                        + "--output écrit ce qui serait imprimé\n");
        assertThat(usageError("evaluate", dossier, "--html", "site", "--output", "out.txt", "--lang", "en")).startsWith(
                "label: --html and --output cannot be used together: --html writes pages instead of printing, "
                        + "--output writes what would be printed\n");
        assertThat(usageError("rules")).startsWith("label: --edition ANNÉE manquante (éditions connues : "
                + LabelEngine.editions() + ")\n");
        assertThat(usageError("rules", "--lang", "en")).startsWith("label: missing --edition YEAR (known editions: "
                + LabelEngine.editions() + ")\n");
        assertThat(usageError("rules", "--edition", "2023", "--export", "out", "--format", "md")).startsWith(
                "label: --export écrit des fichiers de règles ; il ne va pas avec --format\n");
        assertThat(usageError("rules", "--edition", "2023", "--mutants", "scenarios")).startsWith(
                "label: --mutants montre les mutants survivants dans la documentation des règles : "
                        + "donner --format md ou html\n");
        assertThat(usageError("test", "scenarios", "--format", "csv")).startsWith(
                "label: --format : attendu text ou json, trouvé « csv »\n");
        assertThat(usageError("test", "scenarios", "--format", "csv", "--lang", "en")).startsWith(
                "label: --format: expected text or json, found 'csv'\n");
        assertThat(usageError("test", "scenarios", "--min-coverage", "120")).startsWith(
                "label: --min-coverage : attendu un pourcentage de 0 à 100, trouvé 120.0\n");
        assertThat(usageError("diff", "2023", "--base", "2022", "--candidate", ".")).startsWith(
                "label: --base 2022 : l'édition est 2023 ; donner --base 2023 (ses règles livrées) ou un répertoire "
                        + "de règles\n");
        assertThat(usageError("diff", "2023", "--base", "2022", "--candidate", ".", "--lang", "en")).startsWith(
                "label: --base 2022: the edition is 2023; give --base 2023 (its shipped rules) or a rules directory\n");
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
        assertThat(err.toString()).isEqualTo("label: erreur interne : IllegalStateException: boom "
                + "(c'est un défaut de l'outil ; code de sortie 3)\n");
        assertThat(Failures.internalError(new IllegalStateException("boom"), Language.EN)).isEqualTo(
                "label: internal error: IllegalStateException: boom (this is a bug of the tool; exit status 3)");
    }

    @Test
    void theCountOfRejectedAndEvaluatedDossiersIsInTheLanguageOfTheRun() {
        java.io.StringWriter french = new java.io.StringWriter();
        java.io.StringWriter english = new java.io.StringWriter();
        List<fr.label.dossier.Rejection> one = List.of(new fr.label.dossier.Rejection(0, null, null, List.of(
                new fr.label.dossier.InputProblem("e.json", "dossiers[0].collectivite.name", "expected a string"))));

        Failures.reportRejections(one, 0, Language.FR, new PrintWriter(french, true));
        Failures.reportRejections(one, 2, Language.EN, new PrintWriter(english, true));

        assertThat(french.toString()).endsWith("label: 1 dossier rejeté ; 0 dossier valide évalué.\n");
        assertThat(english.toString()).endsWith("label: 1 dossier rejected; 2 valid dossiers evaluated.\n");
    }
}
