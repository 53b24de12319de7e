package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.LabelRules;
import fr.label.Language;
import fr.label.RuleFile;
import fr.label.RuleInfo;
import fr.label.RuleProblem;
import fr.label.RuleSetDescription;
import fr.label.RuleSetException;
import fr.label.report.RulesDocument;
import fr.label.report.Typography;
import fr.label.result.Mention;
import fr.label.testing.LabelScenarios;
import fr.label.testing.MutationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code label rules}: the rule files and rules of an edition, and their export for editing. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
                "Lists the rule files of an edition and the rules each one holds.",
                "--export DIR writes the complete rule set of the edition (the common files, as the edition "
                        + "overlays them, and its edition.drl) flat into DIR, ready to edit and to use with "
                        + "'label evaluate FILE --rules DIR'.",
                "--rules DIR compiles a rules directory and lists its rules, or documents them with --format: a "
                        + "quick check after an edit, and the documentation of the author's own copy. A directory laid "
                        + "out like the shipped rules (common/ and edition-YYYY/ folders) needs --edition.",
                "--format md|html writes the edition's rule documentation, generated from the rule files: every rule "
                        + "with its description, the thresholds table, the mention catalogue with caps, the jury date "
                        + "and the source of the rules that state the figures."})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--edition", paramLabel = "YEAR", description = "the palmarès year, e.g. 2023")
    Integer edition;

    @Option(names = "--export", paramLabel = "DIR",
            description = "write the edition's rule files into DIR (created if needed; files of the same name "
                    + "are replaced)")
    Path export;

    @Option(names = "--rules", paramLabel = "DIR", description = "list the rules of this directory instead")
    Path rules;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Options.LanguageConverter.class,
            description = "the language of the listing or documentation and of the rules' titles (default: fr)")
    Language language;

    @Option(names = "--format", paramLabel = "text|md|html", defaultValue = "text",
            converter = Options.DocumentFormatConverter.class,
            description = "text, the listing (default); md or html, the rule documentation")
    Options.DocumentFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write what would be printed into FILE instead: whole or not at all (written beside it, "
                    + "renamed into place at the end; on failure nothing is left and an existing FILE is untouched)")
    Path output;

    @Option(names = "--mutants", paramLabel = "SCENARIOS",
            description = "with --format md|html: run the mutants of the rules against the scenario files of SCENARIOS "
                    + "(as 'label test SCENARIOS --mutants') and show each surviving mutant next to its rule")
    Path mutants;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (edition == null && rules == null) {
            throw new ParameterException(spec.commandLine(),
                    UsageText.MISSING_EDITION.in(language, LabelEngine.editions().toString()));
        }
        if (export != null && rules != null) {
            throw new ParameterException(spec.commandLine(), UsageText.EXPORT_WITH_RULES.in(language));
        }
        if (rules == null && !LabelEngine.editions().contains(edition)) {
            throw new ParameterException(spec.commandLine(),
                    UsageText.UNKNOWN_EDITION.in(language, String.valueOf(edition), LabelEngine.editions().toString()));
        }
        if (export != null && format != Options.DocumentFormat.TEXT) {
            throw new ParameterException(spec.commandLine(), UsageText.EXPORT_WITH.in(language, "--format"));
        }
        if (export != null && output != null) {
            throw new ParameterException(spec.commandLine(), UsageText.EXPORT_WITH.in(language, "--output"));
        }
        if (mutants != null && format == Options.DocumentFormat.TEXT) {
            throw new ParameterException(spec.commandLine(), UsageText.MUTANTS_NEED_DOCUMENT.in(language));
        }
        if (export != null) {
            return export(out, err);
        }
        try (Destination destination = Destination.of(output, spec, language)) {
            print(destination.out());
            destination.commit();
            return LabelCommand.ExitCode.OK;
        }
    }

    private void print(PrintWriter out) {
        RuleSetDescription ruleSet;
        if (rules != null) {
            ruleSet = LabelRules.compile(rules, edition);
            if (edition != null && ruleSet.edition() != edition) {
                throw new RuleSetException(rules.toString(), List.of(new RuleProblem(null, 0, 0,
                        "these rules are for edition " + ruleSet.edition() + ", not " + edition)));
            }
        } else {
            ruleSet = LabelRules.shipped(edition);
        }
        String source = rules != null ? ruleSet.name() : language == Language.EN ? "shipped with the tool"
                : "livrées avec l'outil";
        MutationReport report = null;
        if (mutants != null) {
            LabelScenarios scenarios = LabelScenarios.in(mutants).edition(ruleSet.edition()).language(language);
            if (rules != null) {
                scenarios = scenarios.rules(rules);
            }
            try {
                report = scenarios.mutants().stream().findFirst().orElse(null);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--mutants: " + e.getMessage());
            } catch (IllegalStateException e) {
                // The scenarios fail or cannot be read: the document is not written.
                throw new fr.label.dossier.InvalidInputException(
                        new fr.label.dossier.InputProblem(mutants.toString(), "", e.getMessage()));
            }
        }
        switch (format) {
            case MD -> out.print(new RulesDocument(ruleSet, source, language, report).markdown());
            case HTML -> out.print(new RulesDocument(ruleSet, source, language, report).html());
            default -> out.print(listing(ruleSet));
        }
    }

    private int export(PrintWriter out, PrintWriter err) {
        List<RuleFile> files = LabelRules.files(edition);
        Set<String> names = files.stream().map(RuleFile::fileName).collect(Collectors.toSet());
        try {
            LabelRules.export(edition, export);
            try (Stream<Path> present = Files.walk(export)) {
                List<Path> strangers = present.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                        .filter(p -> !p.getParent().equals(export) || !names.contains(p.getFileName().toString()))
                        .sorted().toList();
                for (Path stranger : strangers) {
                    err.println(language == Language.EN
                            ? "label: warning: " + stranger + " is not part of edition " + edition
                                    + "'s rules, but --rules " + export + " will compile it too"
                            : "label : avertissement : " + stranger + " ne fait pas partie des règles de l'édition "
                                    + edition + ", mais --rules " + export + " le compilera aussi");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rules into " + export + ": " + e.getMessage(), e);
        }
        out.println(language == Language.EN
                ? "Rules of edition " + edition + " written to " + export + ":"
                : "Règles de l'édition " + edition + " écrites dans " + export + " :");
        Table table = Table.of("", Table.Align.LEFT, "", Table.Align.LEFT);
        for (RuleFile file : files) {
            table.row(file.fileName(), (language == Language.EN ? "from " : "depuis ") + file.name());
        }
        table.lines("  ", false).forEach(out::println);
        out.println(language == Language.EN
                ? "Edit them, then: label evaluate FILE --rules " + export
                : "Modifiez-les, puis : label evaluate FICHIER --rules " + export);
        return LabelCommand.ExitCode.OK;
    }

    private String listing(RuleSetDescription ruleSet) {
        boolean en = language == Language.EN;
        List<RuleInfo> all = ruleSet.rules();
        Map<String, List<RuleInfo>> byFile = new LinkedHashMap<>();
        for (RuleFile file : ruleSet.files()) {
            byFile.put(file.name(), new ArrayList<>());
        }
        for (RuleInfo rule : all) {
            byFile.computeIfAbsent(rule.file(), f -> new ArrayList<>()).add(rule);
        }
        StringBuilder text = new StringBuilder();
        int year = ruleSet.edition();
        text.append(en ? "Rules of edition " + year + " (" + Typography.ordinal(year - 1999, Language.EN) + " palmarès): "
                : "Règles de l'édition " + year + " (" + Typography.ordinal(year - 1999, Language.FR) + " palmarès) : ")
                .append(rules == null ? (en ? "shipped with the tool" : "livrées avec l'outil") : ruleSet.name())
                .append('\n');
        text.append(en ? "  jury date: " : "  date du jury : ")
                .append(Typography.date(ruleSet.juryDate(), language)).append('\n');
        text.append(en ? "  mentions: " : "  mentions : ").append(mentions(ruleSet)).append('\n');
        text.append(en ? "  " + ruleSet.files().size() + " files, " + all.size() + " rules"
                : "  " + ruleSet.files().size() + " fichiers, " + all.size() + " règles").append('\n');
        text.append(en ? "  rule set: " : "  jeu de règles : ").append(ruleSet.fingerprint().describe(language))
                .append('\n');
        for (Map.Entry<String, List<RuleInfo>> file : byFile.entrySet()) {
            List<RuleInfo> inFile = file.getValue();
            text.append('\n').append(file.getKey()).append("  (").append(inFile.size())
                    .append(en ? (inFile.size() == 1 ? " rule)" : " rules)") : (inFile.size() == 1 ? " règle)" : " règles)"))
                    .append('\n');
            for (RuleInfo rule : inFile) {
                text.append("  ").append(rule.title(language)).append('\n');
            }
        }
        return text.toString();
    }

    private String mentions(RuleSetDescription ruleSet) {
        if (ruleSet.catalogue().isEmpty()) {
            return language == Language.EN ? "none" : "aucune";
        }
        List<String> parts = new ArrayList<>();
        for (Mention mention : ruleSet.catalogue()) {
            parts.add(mention.label(language) + (mention.capped() ? " (" + mention.cap() + ")" : ""));
        }
        return String.join(", ", parts);
    }
}
