package fr.label.cli;

import fr.label.LabelRules;
import fr.label.RuleCheck;
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
import java.util.List;
import java.util.concurrent.Callable;

/** {@code label check-rules DIR}: compiles a rules directory and tells every error and suspicious rule. */
@Command(name = "check-rules",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
                "Compiles the .drl files of DIR as an edition's rule set. Every error is printed as "
                        + "file:line:column: message (exit 1); a rule that can never fire, because nothing inserts "
                        + "a fact its conditions need, gets a warning with its file and line (exit 0)."})
final class CheckRulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a rules directory (see 'label rules --export')")
    Path directory;

    @Option(names = "--edition", paramLabel = "YEAR", description = "check also that the rules are for this edition")
    Integer edition;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleCheck report = LabelRules.check(directory);
        List<RuleProblem> errors = new ArrayList<>(report.errors());
        if (report.ok() && edition != null && report.ruleSet().edition() != edition) {
            errors.add(new RuleProblem(null, 0, 0, "these rules are for edition " + report.ruleSet().edition()
                    + ", not " + edition));
        }
        for (RuleProblem error : errors) {
            err.println(error.file() == null ? directory + ": " + error.message() : error.toString());
        }
        for (RuleWarning warning : report.warnings()) {
            err.println(warning);
        }
        err.flush();
        if (!errors.isEmpty()) {
            err.println("label: " + directory + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + "; the rules cannot be used");
            return LabelCommand.ExitCode.REJECTED;
        }
        int warnings = report.warnings().size();
        out.println(directory + ": edition " + report.ruleSet().edition() + ", " + report.files().size() + " files, "
                + report.ruleSet().rules().size() + " rules: no error, "
                + (warnings == 0 ? "no warning" : warnings + (warnings == 1 ? " warning" : " warnings")));
        return LabelCommand.ExitCode.OK;
    }
}
