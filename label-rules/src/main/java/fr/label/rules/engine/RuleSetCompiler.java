package fr.label.rules.engine;

import fr.label.RuleDiagnostics;
import fr.label.RuleFile;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import org.drools.base.rule.DialectRuntimeRegistry;
import org.drools.base.rule.LineMappings;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.ImportError;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Compiles rule files into a rule base, reporting every error with its file, line and column, in the author's words. */
public final class RuleSetCompiler {

    /** Drools adds it to a file's real parse errors; it says nothing more, and has no position. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    /** Lines between the generated consequence method's first line and the body Drools copies in (Drools 10). */
    private static final int CONSEQUENCE_HEADER_LINES = 3;

    private RuleSetCompiler() {
    }

    /**
     * The {@code .drl} files of a directory and its subdirectories, in path order; for a directory
     * laid out like the shipped rules, those of its one edition (see {@link #filesOf(Path, Integer)}).
     */
    public static List<RuleFile> filesOf(Path directory) {
        return filesOf(directory, null);
    }

    /**
     * The files of an edition's rule set in a rules directory: every {@code .drl} file of it and of
     * its subdirectories, in path order; or, when it is laid out like the shipped rules (a
     * {@code common/} folder and {@code edition-YYYY/} folders, see {@link RuleFolders}), the common
     * files overlaid by the edition's folder.
     *
     * @param edition the edition wanted from a directory laid out by edition, or {@code null} when it
     *                holds one edition (or is a plain rule set)
     * @throws RuleSetException when the directory is missing, has no rule file, or lacks the edition
     */
    public static List<RuleFile> filesOf(Path directory, Integer edition) {
        List<Integer> editions = RuleFolders.editionsOf(directory);
        if (!editions.isEmpty()) {
            return filesOfEdition(directory, edition, editions);
        }
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(directory.toString(), List.of(RuleDiagnostics.problem(directory.toString(), 0, 0,
                    Files.exists(directory) ? "rules.notAFolder" : "rules.noSuchFolder")));
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            List<RuleFile> files = new ArrayList<>();
            for (Path file : paths.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted().toList()) {
                files.add(new RuleFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            if (files.isEmpty()) {
                throw new RuleSetException(directory.toString(),
                        List.of(RuleDiagnostics.problem(directory.toString(), 0, 0, "rules.noDrlFile")));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RuleFile> filesOfEdition(Path directory, Integer edition, List<Integer> editions) {
        String name = directory.toString();
        if (edition == null && editions.size() > 1) {
            throw new RuleSetException(name, List.of(new RuleProblem(name, 0, 0, "this folder holds the rules of "
                    + "editions " + editions + " (its edition-YYYY folders): give the edition (--edition YEAR)")));
        }
        int year = edition == null ? editions.get(0) : edition;
        List<RuleFile> files = RuleFolders.overlay(RuleFolders.read(directory, RuleFolders::pathName), year);
        if (files == null) {
            throw new RuleSetException(name, List.of(new RuleProblem(name, 0, 0, "no folder "
                    + RuleFolders.folderOf(year) + " here: this folder holds the rules of editions " + editions)));
        }
        if (files.isEmpty()) {
            throw new RuleSetException(name, List.of(new RuleProblem(name, 0, 0,
                    "no .drl file in " + RuleFolders.COMMON + "/ nor " + RuleFolders.folderOf(year) + "/")));
        }
        return files;
    }

    /**
     * @throws RuleSetException      listing every compilation error
     * @throws IllegalStateException when the rule compiler ({@code fr.label:label-rules-compiler}) is missing
     */
    public static KieBase compile(String name, List<RuleFile> files) {
        DrlCompiler.requirePresent(name);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.name());
            resource.setResourceType(ResourceType.DRL);
            try {
                builder.add(resource, ResourceType.DRL);
            } catch (RuntimeException crashed) {
                // The compiler failed on the file instead of reporting it: say where the usual slips are, if any.
                List<RuleProblem> slips = DrlStructure.slips(file.name(), file.content());
                throw new RuleSetException(name, slips.isEmpty()
                        ? List.of(RuleDiagnostics.problem(file.name(), 0, 0, "drl.unreadable")) : slips);
            }
        }
        if (builder.hasErrors()) {
            throw new RuleSetException(name, problems(builder, files));
        }
        return builder.newKieBase();
    }

    /**
     * The compiler's errors as rule authors need them: in their own words (French and English),
     * never a parser's internals; a usual slip (a rule without {@code end}, a {@code (} never
     * closed, a string never closed) at the line where it opened rather than where the parser
     * gave up; an error in a consequence at the line of the faulty statement; and without the
     * echoes of an error already reported (a bad import repeated in every rule, a variable
     * unknown because its condition did not compile, Drools' position-less "null Package").
     */
    private static List<RuleProblem> problems(KnowledgeBuilder builder, List<RuleFile> files) {
        Map<String, RuleText> texts = RuleText.of(files);
        Map<String, RuleFile> byName = new LinkedHashMap<>();
        files.forEach(file -> byName.put(file.name(), file));
        Set<String> badImports = new HashSet<>();
        Set<String> rulesWithBadConditions = new HashSet<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            if (error instanceof ImportError) {
                badImports.add(quoted(error.getMessage()));
            } else if (error instanceof DescrBuildError descr && !(error instanceof RuleBuildError)
                    && descr.getParentDescr() instanceof RuleDescr rule) {
                rulesWithBadConditions.add(rule.getName());
            }
        }
        Map<String, List<RuleProblem>> parseProblems = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String file = error.getResource() == null ? null : error.getResource().getSourcePath();
            if (error instanceof ParserError parse) {
                if (!error.getMessage().contains(NULL_PACKAGE)) {
                    parseProblems.computeIfAbsent(file, f -> new ArrayList<>())
                            .add(CompilerMessages.parserProblem(file, parse, texts));
                }
            } else if (error instanceof RuleBuildError ruleError && ruleError.getObject() instanceof CompilationProblem[] java) {
                problems.addAll(consequenceProblems(builder, ruleError, java, texts, badImports, rulesWithBadConditions));
            } else if (error instanceof ImportError) {
                problems.add(CompilerMessages.importProblem(file, quoted(error.getMessage()), byName.get(file)));
            } else if (!CompilerMessages.echoesABinding(error.getMessage()) || builder.getErrors().size() == 1) {
                problems.add(CompilerMessages.buildProblem(file, error, byName.get(file)));
            }
        }
        parseProblems.forEach((file, found) -> {
            RuleFile source = byName.get(file);
            List<RuleProblem> slips = source == null ? List.of() : DrlStructure.slips(file, source.content());
            if (slips.isEmpty()) {
                problems.addAll(found);
            } else {
                // What the parser says after the first slip is its confusion: the slips explain it.
                int first = slips.get(0).line();
                found.stream().filter(p -> p.line() > 0 && p.line() < first).forEach(problems::add);
                problems.addAll(slips);
            }
        });
        List<String> order = files.stream().map(RuleFile::name).toList();
        return problems.stream().distinct()
                .sorted(Comparator.comparingInt((RuleProblem p) -> p.file() == null ? Integer.MAX_VALUE : order.indexOf(p.file()))
                        .thenComparingInt(RuleProblem::line))
                .toList();
    }

    private static List<RuleProblem> consequenceProblems(KnowledgeBuilder builder, RuleBuildError error,
                                                         CompilationProblem[] java, Map<String, RuleText> texts,
                                                         Set<String> badImports, Set<String> rulesWithBadConditions) {
        String rule = error.getRule() == null ? null : error.getRule().getName();
        RuleText text = rule == null ? null : texts.get(rule);
        String file = error.getResource() != null ? error.getResource().getSourcePath()
                : text == null ? null : text.file();
        int ruleLine = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
        List<RuleProblem> problems = new ArrayList<>();
        for (CompilationProblem problem : java) {
            String message = problem.getMessage();
            if (badImports.stream().anyMatch(message::contains)
                    || rulesWithBadConditions.contains(rule) && CompilerMessages.unknownName(message)) {
                continue; // reported once where it comes from: the import, the condition
            }
            int line = consequenceLine(builder, error, problem, text);
            problems.add(CompilerMessages.consequenceProblem(file, line > 0 ? line : ruleLine, rule, message));
        }
        return problems;
    }
    /** The .drl line of a Java problem in a consequence, or 0 when it cannot be placed inside the consequence. */
    private static int consequenceLine(KnowledgeBuilder builder, RuleBuildError error, CompilationProblem problem,
                                       RuleText text) {
        if (text == null || !(builder instanceof KnowledgeBuilderImpl impl) || problem.getFileName() == null
                || error.getRule() == null) {
            return 0;
        }
        PackageRegistry registry = impl.getPackageRegistry(error.getRule().getPackageName());
        if (registry == null) {
            return 0;
        }
        DialectRuntimeRegistry dialects = registry.getDialectRuntimeRegistry();
        String className = problem.getFileName().replace('/', '.').replaceAll("\\.java$", "");
        LineMappings mapping = dialects.getLineMappings(className);
        if (mapping == null) {
            return 0;
        }
        int line = problem.getStartLine() + mapping.getStartLine() - mapping.getOffset() - CONSEQUENCE_HEADER_LINES;
        return line > text.thenLine() && line < text.endLine() ? line : 0;
    }

    /** The text between the first pair of single quotes: what an import error names. */
    private static String quoted(String message) {
        int open = message.indexOf('\'');
        int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
        return close < 0 ? message : message.substring(open + 1, close);
    }
}
