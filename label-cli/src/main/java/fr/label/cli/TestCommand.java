package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.RuleInfo;
import fr.label.report.SafeText;
import fr.label.report.Typography;
import fr.label.testing.LabelScenarios;
import fr.label.testing.MutationReport;
import fr.label.testing.MutationText;
import fr.label.testing.RuleCoverageReport;
import fr.label.testing.ScenarioOutcome;
import fr.label.testing.ScenarioRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                        + "or --edition. The format is described in docs/scenarios.md.",
                "DIR - reads one scenario file from standard input (named <stdin>; the dossier files it names are "
                        + "found from the current folder)."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LabelCommand label;

    @Parameters(paramLabel = "DIR", description = "a folder of scenario files, or one scenario file; - for one "
            + "scenario file on standard input")
    Path location;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "the .drl files of DIR replace the shipped rules of the edition of the run (--edition, or "
                    + "the one edition of every scenario); a DIR laid out like the shipped rules (common/ and "
                    + "edition-YYYY/ folders) replaces them in every edition, each with its own folder")
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
            description = "the language of the report, of the rules' titles and of their explanations (default: fr)")
    Language language;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write the report into FILE instead of printing it: whole or not at all (written beside "
                    + "it, renamed into place at the end; on failure nothing is left and an existing FILE is untouched)")
    Path output;

    @Option(names = "--max-firings", paramLabel = "N", converter = Options.MaxFiringsConverter.class,
            description = "rule firings one dossier may take before its rules are taken to loop (default: "
                    + LabelEngine.DEFAULT_MAX_FIRINGS + "; rule files are code, see the README)")
    Integer maxFirings;

    @Option(names = "--mutants",
            description = "then build mutants of each edition's rules (every figure of the thresholds table and of the "
                    + "settings one step up and down, every comparison of a condition turned to its neighbour, every rule "
                    + "switched off) and run the scenarios against each: the mutation score, and each surviving mutant "
                    + "with its file:line, its change and the scenario that came closest")
    boolean mutants;

    @Option(names = "--min-mutation-score", paramLabel = "PERCENT",
            description = "with --mutants (implied): fail (exit 1) when, in an edition, fewer than PERCENT % of the "
                    + "mutants are killed")
    Double minMutationScore;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = Options.ReportFormatConverter.class,
            description = "text, a report for people (default), or json: every scenario, the coverage and the mutants")
    Options.ReportFormat format;

    @Override
    public Integer call() {
        try (Destination destination = Destination.of(output, spec, language)) {
            int status = test(destination.out());
            destination.commit();
            return status;
        }
    }

    private int test(PrintWriter out) {
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw new ParameterException(spec.commandLine(),
                    UsageText.EXPECTED_PERCENTAGE.in(language, "--min-coverage", String.valueOf(minCoverage)));
        }
        if (minMutationScore != null && (minMutationScore < 0 || minMutationScore > 100)) {
            throw new ParameterException(spec.commandLine(),
                    UsageText.EXPECTED_PERCENTAGE.in(language, "--min-mutation-score", String.valueOf(minMutationScore)));
        }
        if (format == Options.ReportFormat.CSV) {
            throw new ParameterException(spec.commandLine(), UsageText.TEST_FORMAT.in(language));
        }
        boolean json = format == Options.ReportFormat.JSON;
        boolean withMutants = mutants || minMutationScore != null;
        Engines.checkRulesFolder(rules, "--rules", spec, language);
        LabelScenarios scenarios = (Inputs.isStandardInput(location.toString())
                ? LabelScenarios.ofText(Inputs.text(Inputs.STANDARD_INPUT, Inputs.standardInput(label), language),
                        Inputs.STANDARD_INPUT_NAME)
                : LabelScenarios.in(location)).language(language);
        if (edition != null) {
            scenarios = scenarios.edition(edition);
        }
        if (rules != null) {
            scenarios = scenarios.rules(rules);
        }
        if (minCoverage != null) {
            scenarios = scenarios.minCoverage(minCoverage);
        }
        if (maxFirings != null) {
            scenarios = scenarios.maxFirings(maxFirings);
        }
        ScenarioRun run;
        try {
            run = scenarios.run(outcome -> {
                if (!json) {
                    print(outcome, out);
                    out.flush();
                }
            });
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<MutationReport> mutationReports = null;
        if (withMutants && run.successful()) {
            // Mutants mean something only to scenarios that pass: else the scenarios' failures are the report.
            mutationReports = scenarios.mutants();
        }
        boolean mutantsBelow = mutationReports != null && minMutationScore != null
                && mutationReports.stream().anyMatch(report -> report.score() < minMutationScore);
        if (json) {
            out.println(TestJson.of(run, mutationReports, minMutationScore, this::name, language));
            belowMinimum(run, mutationReports);
            return run.successful() && !mutantsBelow ? LabelCommand.ExitCode.OK : LabelCommand.ExitCode.REJECTED;
        }
        out.println();
        out.println(summary(run));
        for (RuleCoverageReport coverage : run.coverage()) {
            coverage(coverage, out);
        }
        if (withMutants && !run.successful()) {
            out.println(en() ? "Mutants not run: the scenarios must pass first."
                    : "Mutants non exécutés : les scénarios doivent d'abord réussir.");
        }
        if (mutationReports != null) {
            for (MutationReport report : mutationReports) {
                out.println();
                MutationText.lines(report, language).forEach(line -> out.println(SafeText.plain(line)));
            }
        }
        belowMinimum(run, mutationReports);
        return run.successful() && !mutantsBelow ? LabelCommand.ExitCode.OK : LabelCommand.ExitCode.REJECTED;
    }

    /** Says on the error stream which minimum (coverage, mutation score) an edition is below. */
    private void belowMinimum(ScenarioRun run, List<MutationReport> mutationReports) {
        if (mutationReports != null && minMutationScore != null) {
            for (MutationReport report : mutationReports) {
                if (report.score() < minMutationScore) {
                    String minimum = String.format(Locale.ROOT, "%s", minMutationScore);
                    spec.commandLine().getErr().println(en()
                            ? "label: the mutation score of edition " + report.edition() + " is "
                                    + MutationText.percent(report.score(), language) + ", below the minimum of " + minimum + "%"
                            : "label : le score de mutation de l'édition " + report.edition() + " est de "
                                    + MutationText.percent(report.score(), language) + ", sous le minimum de "
                                    + minimum.replace('.', ',') + " %");
                }
            }
        }
        for (RuleCoverageReport below : run.coverageBelowMinimum()) {
            String percent = String.format(Locale.ROOT, "%.1f", below.percent());
            String minimum = String.format(Locale.ROOT, "%s", minCoverage);
            spec.commandLine().getErr().println(en()
                    ? "label: the rule coverage of edition " + below.edition() + " is " + percent
                            + "%, below the minimum of " + minimum + "%"
                    : "label : la couverture des règles de l'édition " + below.edition() + " est de "
                            + percent.replace('.', ',') + " %, sous le minimum de " + minimum.replace('.', ',') + " %");
        }
    }

    private boolean en() {
        return language == Language.EN;
    }

    /** "64 scenarios: 60 passed, 4 failed" or "64 scénarios : 60 réussis, 4 en échec". */
    private String summary(ScenarioRun run) {
        int all = run.outcomes().size();
        if (en()) {
            return all + (all == 1 ? " scenario: " : " scenarios: ") + run.passed() + " passed, " + run.failed()
                    + " failed" + (run.skipped() > 0 ? " (" + run.skipped() + " of other editions not run)" : "");
        }
        return all + (all > 1 ? " scénarios : " : " scénario : ") + run.passed()
                + (run.passed() > 1 ? " réussis, " : " réussi, ") + run.failed() + " en échec"
                + (run.skipped() > 0 ? " (" + run.skipped() + (run.skipped() > 1 ? " scénarios" : " scénario")
                + " d'autres éditions non exécutés)" : "");
    }

    private void print(ScenarioOutcome outcome, PrintWriter out) {
        String where = name(outcome.file()) + (outcome.line() > 0 ? ":" + outcome.line() : "");
        out.println(SafeText.plain((outcome.passed() ? "ok    " : en() ? "FAIL  " : "ÉCHEC ") + where + "  " + outcome.name()));
        if (!outcome.passed()) {
            for (String line : outcome.describe(language)) {
                out.println(SafeText.plain("      " + line));
            }
        }
    }

    private void coverage(RuleCoverageReport coverage, PrintWriter out) {
        boolean shipped = coverage.ruleSet().equals(RuleCoverageReport.SHIPPED);
        String rules = shipped ? (en() ? "shipped" : "livrées avec l'outil") : coverage.ruleSet();
        out.println(en()
                ? "Rule coverage, edition " + coverage.edition() + " (rules: " + rules + "): " + coverage.summary(language)
                : "Couverture des règles, édition " + coverage.edition() + " (règles : " + rules + ") : "
                        + coverage.summary(language));
        if (listCoverage) {
            Table table = Table.of(en() ? "firings" : "déclenchements", Table.Align.RIGHT,
                    en() ? "rule" : "règle", Table.Align.LEFT);
            for (Map.Entry<RuleInfo, Long> rule : coverage.firings().entrySet()) {
                table.row(Typography.number(rule.getValue(), language), rule.getKey().file() + separator()
                        + rule.getKey().title(language));
            }
            table.lines("  ", true).forEach(out::println);
        }
        if (!coverage.neverFired().isEmpty()) {
            out.println(en() ? "  never fired:" : "  jamais déclenchées :");
            for (RuleInfo rule : coverage.neverFired()) {
                out.println("    " + rule.file() + separator() + rule.title(language));
            }
        }
    }

    /** Between a rule's file and its title: French puts a space before a colon. */
    private String separator() {
        return en() ? ": " : " : ";
    }

    String name(Path file) {
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
