package fr.label.cli;

import fr.label.Language;
import fr.label.LabelEngine;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import fr.label.result.Mention;
import fr.label.rules.engine.DroolsEngineFactory;
import fr.label.rules.engine.RuleFile;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.RuleSetCompiler;
import fr.label.rules.engine.ShippedRuleSets;
import fr.label.rules.facts.MentionKind;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
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
                "--rules DIR compiles a rules directory and lists its rules: a quick check after an edit."})
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
            description = "the language of the listing (default: fr)")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (edition == null && rules == null) {
            throw new ParameterException(spec.commandLine(),
                    "missing --edition YEAR (known editions: " + LabelEngine.editions() + ")");
        }
        if (export != null && rules != null) {
            throw new ParameterException(spec.commandLine(),
                    "--export writes the shipped rules of --edition YEAR; it cannot be used with --rules");
        }
        if (rules == null && !LabelEngine.editions().contains(edition)) {
            throw new ParameterException(spec.commandLine(), "unknown edition " + edition
                    + "; known editions: " + LabelEngine.editions());
        }
        if (export != null) {
            return export(out, err);
        }
        RuleSet ruleSet;
        if (rules != null) {
            ruleSet = RuleSet.compile(rules.toString(), RuleSetCompiler.filesOf(rules));
            if (edition != null && ruleSet.edition() != edition) {
                throw new RuleSetException(rules.toString(), List.of(new RuleProblem(null, 0, 0,
                        "these rules are for edition " + ruleSet.edition() + ", not " + edition)));
            }
        } else {
            ruleSet = DroolsEngineFactory.shipped(edition);
        }
        out.print(listing(ruleSet));
        return LabelCommand.ExitCode.OK;
    }

    private int export(PrintWriter out, PrintWriter err) {
        List<RuleFile> files = ShippedRuleSets.files(edition);
        Set<String> names = files.stream().map(RuleFile::fileName).collect(Collectors.toSet());
        try {
            Files.createDirectories(export);
            for (RuleFile file : files) {
                Files.writeString(export.resolve(file.fileName()), file.content(), StandardCharsets.UTF_8);
            }
            try (Stream<Path> present = Files.walk(export)) {
                List<Path> strangers = present.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                        .filter(p -> !p.getParent().equals(export) || !names.contains(p.getFileName().toString()))
                        .sorted().toList();
                for (Path stranger : strangers) {
                    err.println("label: warning: " + stranger + " is not part of edition " + edition
                            + "'s rules, but --rules " + export + " will compile it too");
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

    private String listing(RuleSet ruleSet) {
        boolean en = language == Language.EN;
        List<Rule> all = ruleSet.rules();
        Map<String, List<Rule>> byFile = new LinkedHashMap<>();
        for (RuleFile file : ruleSet.files()) {
            byFile.put(file.name(), new ArrayList<>());
        }
        for (Rule rule : all) {
            byFile.computeIfAbsent(fileOf(rule), f -> new ArrayList<>()).add(rule);
        }
        StringBuilder text = new StringBuilder();
        int year = ruleSet.edition();
        text.append(en ? "Rules of edition " + year + " (" + Text.ordinal(year - 1999, Language.EN) + " palmarès): "
                : "Règles de l'édition " + year + " (" + Text.ordinal(year - 1999, Language.FR) + " palmarès) : ")
                .append(rules == null ? (en ? "shipped with the tool" : "livrées avec l'outil") : ruleSet.name())
                .append('\n');
        text.append(en ? "  jury date: " : "  date du jury : ")
                .append(Text.date(ruleSet.settings().juryDate(), language)).append('\n');
        text.append(en ? "  mentions: " : "  mentions : ").append(mentions(ruleSet)).append('\n');
        text.append(en ? "  " + ruleSet.files().size() + " files, " + all.size() + " rules"
                : "  " + ruleSet.files().size() + " fichiers, " + all.size() + " règles").append('\n');
        for (Map.Entry<String, List<Rule>> file : byFile.entrySet()) {
            List<Rule> inFile = file.getValue();
            inFile.sort(Comparator.comparingInt(RulesCommand::loadOrder));
            text.append('\n').append(file.getKey()).append("  (").append(inFile.size())
                    .append(en ? (inFile.size() == 1 ? " rule)" : " rules)") : (inFile.size() == 1 ? " règle)" : " règles)"))
                    .append('\n');
            Table table = Table.of("", Table.Align.LEFT, "", Table.Align.LEFT);
            for (Rule rule : inFile) {
                int salience = salience(rule);
                table.row(rule.getName(), salience == 0 ? "" : "salience " + salience);
            }
            table.lines("  ", false).forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }

    private String mentions(RuleSet ruleSet) {
        if (ruleSet.mentionKinds().isEmpty()) {
            return language == Language.EN ? "none" : "aucune";
        }
        List<String> parts = new ArrayList<>();
        for (MentionKind kind : ruleSet.mentionKinds()) {
            Mention mention = kind.mention();
            String cap = kind.capped() ? " (" + kind.cap() + ")" : "";
            parts.add(mention.label(language) + cap);
        }
        return String.join(", ", parts);
    }

    private static String fileOf(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        return "?";
    }

    private static int loadOrder(Rule rule) {
        return rule instanceof RuleImpl impl ? impl.getLoadOrder() : 0;
    }

    private static int salience(Rule rule) {
        return rule instanceof RuleImpl impl && !impl.isSalienceDynamic() ? impl.getSalienceValue() : 0;
    }
}
