package fr.label.cli;

import fr.label.Language;
import fr.label.RuleInfo;
import fr.label.report.Typography;
import fr.label.testing.LabelScenarios;
import fr.label.testing.RuleCoverageReport;
import fr.label.testing.ScenarioOutcome;
import fr.label.testing.ScenarioRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code label test DIR}: runs scenario files and reports each scenario and the rule coverage. */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
                "Runs the scenario files (.yaml) of DIR, or one scenario file: one line per scenario, and for a "
                        + "failure the expected value, the actual one and the explanations of the decision. Then the "
                        + "rule coverage of each edition: how many rules fired, and those that never did.",
                "A scenario's edition is its own 'edition:', its file's, its folder's name (2023/ or edition-2023/), "
                        + "or --edition. The format is described in docs/scenarios.md."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a folder of scenario files, or one scenario file")
    Path location;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "the .drl files of DIR replace the shipped rules of the edition of the run (--edition, or "
                    + "the one edition of every scenario)")
    Path rules;

    @Option(names = "--edition", paramLabel = "YEAR",
            description = "run only the scenarios of this edition; scenarios that name none are of this edition")
    Integer edition;

    @Option(names = "--min-coverage", paramLabel = "PERCENT",
            description = "fail (exit 1) when, in an edition, fewer than PERCENT % of the rules fired")
    Double minCoverage;

    @Option(names = "--coverage", description = "list every rule of each edition with how many times it fired")
    boolean listCoverage;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Options.LanguageConverter.class,
            description = "the language of the rules' explanations shown with a failure (default: fr)")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw new ParameterException(spec.commandLine(), "--min-coverage: expected a percentage from 0 to 100, found "
                    + minCoverage);
        }
        LabelScenarios scenarios = LabelScenarios.in(location).language(language);
        if (edition != null) {
            scenarios = scenarios.edition(edition);
        }
        if (rules != null) {
            scenarios = scenarios.rules(rules);
        }
        if (minCoverage != null) {
            scenarios = scenarios.minCoverage(minCoverage);
        }
        ScenarioRun run;
        try {
            run = scenarios.run(outcome -> {
                print(outcome, out);
                out.flush();
            });
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        out.println();
        out.println(run.outcomes().size() + (run.outcomes().size() == 1 ? " scenario: " : " scenarios: ")
                + run.passed() + " passed, " + run.failed() + " failed"
                + (run.skipped() > 0 ? " (" + run.skipped() + " of other editions not run)" : ""));
        for (RuleCoverageReport coverage : run.coverage()) {
            coverage(coverage, out);
        }
        for (RuleCoverageReport below : run.coverageBelowMinimum()) {
            spec.commandLine().getErr().println("label: the rule coverage of edition " + below.edition() + " is "
                    + String.format(Locale.ROOT, "%.1f", below.percent()) + "%, below the minimum of " + minCoverage + "%");
        }
        return run.successful() ? LabelCommand.ExitCode.OK : LabelCommand.ExitCode.REJECTED;
    }

    private void print(ScenarioOutcome outcome, PrintWriter out) {
        String where = name(outcome.file()) + (outcome.line() > 0 ? ":" + outcome.line() : "");
        out.println((outcome.passed() ? "ok    " : "FAIL  ") + where + "  " + outcome.name());
        if (!outcome.passed()) {
            for (String line : outcome.describe(language)) {
                out.println("      " + line);
            }
        }
    }

    private void coverage(RuleCoverageReport coverage, PrintWriter out) {
        out.println("Rule coverage, edition " + coverage.edition() + " (rules: " + coverage.ruleSet() + "): "
                + coverage.summary());
        if (listCoverage) {
            Table table = Table.of("firings", Table.Align.RIGHT, "rule", Table.Align.LEFT);
            for (Map.Entry<RuleInfo, Long> rule : coverage.firings().entrySet()) {
                table.row(Typography.number(rule.getValue(), Language.EN), rule.getKey().file() + ": " + rule.getKey().name());
            }
            table.lines("  ", true).forEach(out::println);
        }
        if (!coverage.neverFired().isEmpty()) {
            out.println("  never fired:");
            for (RuleInfo rule : coverage.neverFired()) {
                out.println("    " + rule.file() + ": " + rule.name());
            }
        }
    }

    private String name(Path file) {
        if (Files.isDirectory(location)) {
            Path base = location.toAbsolutePath().normalize();
            Path absolute = file.toAbsolutePath().normalize();
            if (absolute.startsWith(base)) {
                return base.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return file.toString();
    }
}
