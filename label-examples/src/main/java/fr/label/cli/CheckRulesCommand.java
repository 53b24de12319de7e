package fr.label.cli;

import fr.label.Language;
import fr.label.RuleInfo;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import fr.label.rules.check.MissingTitles;
import fr.label.rules.check.RuleSetCheck;
import fr.label.rules.check.RuleWarning;
import fr.label.rules.engine.RuleFolders;
import fr.label.rules.engine.RuleSetCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code label check-rules DIR}: compiles a rules directory and tells every error and suspicious rule. */
@Command(name = "check-rules",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
                "Compiles the .drl files of DIR as an edition's rule set. Every error is printed as "
                        + "file:line:column: message (exit 1); a rule that can never fire, because nothing inserts "
                        + "a fact its conditions need, gets a warning with its file and line (exit 0), and so does "
                        + "a rule without a French or an English title (@titleFr, @titleEn).",
                "DIR may also be laid out like the shipped rules (common/ and edition-YYYY/ folders): --edition "
                        + "then says which edition to check."})
final class CheckRulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a rules directory (see 'label rules --export')")
    Path directory;

    @Option(names = "--edition", paramLabel = "YEAR", description = "check also that the rules are for this edition")
    Integer edition;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Options.LanguageConverter.class,
            description = "the language of the report and of the rules' titles (default: fr)")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean en = language == Language.EN;
        RuleSetCheck.Report report = check();
        List<RuleProblem> errors = new ArrayList<>(report.errors());
        if (report.ok() && edition != null && report.ruleSet().edition() != edition) {
            errors.add(new RuleProblem(null, 0, 0, en
                    ? "these rules are for edition " + report.ruleSet().edition() + ", not " + edition
                    : "ces règles sont celles de l'édition " + report.ruleSet().edition() + ", pas de " + edition));
        }
        for (RuleProblem error : errors) {
            err.println(error.file() == null ? directory + ": " + error.message() : error.toString());
        }
        List<String> warnings = new ArrayList<>();
        if (report.ok()) {
            Map<String, RuleInfo> rules = new HashMap<>();
            report.ruleSet().rules().forEach(rule -> rules.put(rule.name(), rule));
            report.warnings().forEach(warning -> warnings.add(describe(warning, rules.get(warning.rule()))));
            MissingTitles.of(report.ruleSet()).forEach(missing -> warnings.add(missing.describe(language)));
        }
        warnings.forEach(err::println);
        err.flush();
        if (!errors.isEmpty()) {
            int count = errors.size();
            err.println(en
                    ? "label: " + directory + ": " + count + (count == 1 ? " error" : " errors") + "; the rules cannot be used"
                    : "label : " + directory + " : " + count + (count == 1 ? " erreur" : " erreurs")
                            + " ; les règles ne peuvent pas servir");
            return LabelCommand.ExitCode.REJECTED;
        }
        int count = warnings.size();
        int files = report.files().size();
        int rules = report.ruleSet().rules().size();
        out.println(en
                ? directory + ": edition " + report.ruleSet().edition() + ", " + files + " files, " + rules
                        + " rules: no error, " + (count == 0 ? "no warning" : count + (count == 1 ? " warning" : " warnings"))
                : directory + " : édition " + report.ruleSet().edition() + ", " + files
                        + (files > 1 ? " fichiers, " : " fichier, ") + rules + (rules > 1 ? " règles" : " règle")
                        + " : aucune erreur, " + (count == 0 ? "aucun avertissement"
                        : count + (count == 1 ? " avertissement" : " avertissements")));
        return LabelCommand.ExitCode.OK;
    }

    /** The check of a rules directory, or of one edition of a directory laid out like the shipped rules. */
    private RuleSetCheck.Report check() {
        if (!RuleFolders.isRoot(directory)) {
            return RuleSetCheck.directory(directory);
        }
        try {
            return RuleSetCheck.files(directory.toString(), RuleSetCompiler.filesOf(directory, edition));
        } catch (RuleSetException e) {
            return new RuleSetCheck.Report(directory.toString(), List.of(), null, e.problems(), List.of());
        }
    }

    /** A warning about a rule, naming the rule by its title in the language. */
    private String describe(RuleWarning warning, RuleInfo rule) {
        String title = rule == null ? warning.rule() : rule.title(language);
        if (language == Language.EN) {
            return new RuleWarning(warning.file(), warning.line(), title, warning.message()).toString();
        }
        return warning.file() + (warning.line() > 0 ? ":" + warning.line() : "") + ": avertissement : règle « "
                + title + " » " + warning.message();
    }
}
