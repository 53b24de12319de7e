package fr.label.rules.engine;

import fr.label.RuleProblem;
import fr.label.RuleSetException;
import org.drools.base.rule.DialectRuntimeRegistry;
import org.drools.base.rule.LineMappings;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.compiler.compiler.RuleBuildError;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.InternalMessage;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Compiles rule files into a rule base, reporting every error with its file, line and column. */
public final class RuleSetCompiler {

    /** Drools adds it to a file's real parse errors; it says nothing more, and has no position. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    /** Lines between the generated consequence method's first line and the body Drools copies in (Drools 10). */
    private static final int CONSEQUENCE_HEADER_LINES = 3;

    private RuleSetCompiler() {
    }

    /** The {@code .drl} files of a directory and its subdirectories, in path order. */
    public static List<RuleFile> filesOf(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(directory.toString(),
                    List.of(new RuleProblem(directory.toString(), 0, 0, "no such directory")));
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            List<RuleFile> files = new ArrayList<>();
            for (Path file : paths.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted().toList()) {
                files.add(new RuleFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            if (files.isEmpty()) {
                throw new RuleSetException(directory.toString(),
                        List.of(new RuleProblem(directory.toString(), 0, 0, "no .drl file in this directory")));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new RuleSetException(name, problems(builder, files));
        }
        return builder.newKieBase();
    }

    /**
     * The compiler's errors as rule authors need them: an error in a consequence at the line of
     * the faulty statement (Drools gives the rule's first line), and without the position-less
     * "null Package" line Drools adds to a file's real parse errors.
     */
    private static List<RuleProblem> problems(KnowledgeBuilder builder, List<RuleFile> files) {
        Map<String, RuleText> texts = null;
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            if (error instanceof RuleBuildError ruleError && ruleError.getObject() instanceof CompilationProblem[] java) {
                if (texts == null) {
                    texts = RuleText.of(files);
                }
                problems.addAll(consequenceProblems(builder, ruleError, java, texts));
            } else {
                problems.add(problem(error));
            }
        }
        List<RuleProblem> meaningful = problems.stream()
                .filter(p -> !(p.message().contains(NULL_PACKAGE) && p.line() == 0)).toList();
        return meaningful.isEmpty() ? problems : meaningful;
    }

    private static List<RuleProblem> consequenceProblems(KnowledgeBuilder builder, RuleBuildError error,
                                                         CompilationProblem[] java, Map<String, RuleText> texts) {
        String rule = error.getRule() == null ? null : error.getRule().getName();
        RuleText text = rule == null ? null : texts.get(rule);
        String file = error.getResource() != null ? error.getResource().getSourcePath()
                : text == null ? null : text.file();
        int ruleLine = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
        List<RuleProblem> problems = new ArrayList<>();
        for (CompilationProblem problem : java) {
            int line = consequenceLine(builder, error, problem, text);
            problems.add(new RuleProblem(file, line > 0 ? line : ruleLine, 0,
                    "in the consequence of rule \"" + rule + "\": " + problem.getMessage()));
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

    private static RuleProblem problem(KnowledgeBuilderError error) {
        String file = error.getResource() == null ? null : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? lines[0] : 0;
        int column = 0;
        InternalMessage message = error.asMessage(0);
        if (message != null) {
            if (line <= 0) {
                line = message.getLine();
            }
            column = Math.max(0, message.getColumn());
        }
        return new RuleProblem(file, Math.max(0, line), column, error.getMessage().strip());
    }
}
