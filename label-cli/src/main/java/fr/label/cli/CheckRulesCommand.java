package fr.label.cli;

import fr.label.LabelRules;
import fr.label.Language;
import fr.label.RuleCheck;
import fr.label.RuleDiagnostics;
import fr.label.RuleInfo;
import fr.label.RuleProblem;
import fr.label.RuleWarning;
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
                "Checks the .drl files of DIR as an edition's rule set, as every command given --rules DIR does: "
                        + "they compile; every decision an evaluation reads back (the edition, the thresholds table, "
                        + "the eligibility of the actions, the mosaïque, the measures, the arobases, the excellence, "
                        + "the mentions) is made by some rule; the thresholds table has no negative or missing figure "
                        + "and no line twice. Each error is printed as file:line:column: message, at most 20 then a "
                        + "count (exit 1).",
                "Warnings (exit 0): a rule that can never fire, because nothing inserts a fact its conditions need; "
                        + "a level of the thresholds table asking less than the level below on the same measure; a rule without "
                        + "a French or an English title (@titleFr, @titleEn).",
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
            description = "the language of the report, its errors and warnings, and of the rules' titles (default: fr)")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleCheck report = LabelRules.check(directory, edition);
        List<RuleProblem> errors = new ArrayList<>(report.errors());
        if (report.ok() && edition != null && report.ruleSet().edition() != edition) {
            errors.add(RuleDiagnostics.problem(null, 0, 0, "rules.otherEdition", report.ruleSet().edition(), edition));
        }
        RuleDiagnostics.lines(errors, language, directory.toString()).forEach(err::println);
        List<String> warnings = new ArrayList<>();
        if (report.ok()) {
            Map<String, RuleInfo> rules = new HashMap<>();
            report.ruleSet().rules().forEach(rule -> rules.put(rule.name(), rule));
            report.warnings().forEach(warning -> warnings.add(describe(warning, rules.get(warning.rule()))));
        } else {
            report.warnings().forEach(warning -> warnings.add(warning.toString(language)));
        }
        warnings.forEach(err::println);
        err.flush();
        if (!errors.isEmpty()) {
            err.println("label: " + RuleDiagnostics.text(language, "check.failed", directory,
                    RuleDiagnostics.phrase(errors.size() == 1 ? "check.oneError" : "check.errors", errors.size())));
            return LabelCommand.ExitCode.REJECTED;
        }
        int count = warnings.size();
        out.println(RuleDiagnostics.text(language, "check.passed", directory, report.ruleSet().edition(),
                report.files().size(), report.ruleSet().rules().size(), RuleDiagnostics.phrase(
                        count == 0 ? "check.noWarning" : count == 1 ? "check.oneWarning" : "check.warnings",
                        count)));
        return LabelCommand.ExitCode.OK;
    }

    /** A warning about a rule, naming the rule by its title in the language. */
    private String describe(RuleWarning warning, RuleInfo rule) {
        String title = rule == null ? warning.rule() : rule.title(language);
        return new RuleWarning(warning.file(), warning.line(), title, warning.message(), warning.messageEn())
                .toString(language);
    }
}
