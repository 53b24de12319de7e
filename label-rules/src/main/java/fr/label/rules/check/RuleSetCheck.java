package fr.label.rules.check;

import fr.label.RuleProblem;
import fr.label.RuleSetException;
import fr.label.rules.engine.RuleFile;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.RuleSetCompiler;
import org.drools.base.rule.DialectRuntimeRegistry;
import org.drools.base.rule.LineMappings;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.compiler.compiler.RuleBuildError;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code .drl} files of a directory as an edition's rule set, for rule authors: every
 * error with its file, line and column, and a warning for each rule that can never fire because
 * no session can hold the facts its conditions need.
 *
 * <pre>{@code
 * RuleSetCheck.Report report = RuleSetCheck.directory(Path.of("my-rules"));
 * report.errors().forEach(System.out::println);     // my-rules/levels.drl:40: Rule Compilation error ...
 * report.warnings().forEach(System.out::println);   // my-rules/levels.drl:16: warning: rule "..." can never fire: ...
 * }</pre>
 */
public final class RuleSetCheck {

    /** Drools adds it to a file's real parse errors; it says nothing more, and has no position. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    /** Lines between the generated consequence method's first line and the body Drools copies in (Drools 10). */
    private static final int CONSEQUENCE_HEADER_LINES = 3;

    private RuleSetCheck() {
    }

    /**
     * What the check found.
     *
     * @param name     the rule set's name (the directory)
     * @param files    the files checked
     * @param ruleSet  the compiled rule set, or {@code null} when there are errors
     * @param errors   what keeps the rule set from being used
     * @param warnings what is very likely wrong in a rule set that compiles
     */
    public record Report(String name, List<RuleFile> files, RuleSet ruleSet, List<RuleProblem> errors,
                         List<RuleWarning> warnings) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Checks the {@code .drl} files of a directory and its subdirectories. */
    public static Report directory(Path directory) {
        String name = directory.toString();
        List<RuleFile> files;
        try {
            files = RuleSetCompiler.filesOf(directory);
        } catch (RuleSetException e) {
            return new Report(name, List.of(), null, e.problems(), List.of());
        }
        return files(name, files);
    }

    /** Checks rule files as one rule set. */
    public static Report files(String name, List<RuleFile> files) {
        RuleSet ruleSet;
        try {
            ruleSet = RuleSet.compile(name, files);
        } catch (RuleSetException e) {
            return new Report(name, files, null, precise(e.problems(), files), List.of());
        } catch (RuntimeException e) {
            // The rule set runs its rules once when compiled; a consequence may fail there.
            return new Report(name, files, null, List.of(new RuleProblem(null, 0, 0,
                    "a rule failed while the rule set was read: " + firstLine(e))), List.of());
        }
        Map<String, RuleText> texts = RuleText.of(files);
        return new Report(name, files, ruleSet, List.of(), FactFlow.neverFiring(ruleSet.kieBase(), texts));
    }

    /**
     * The compiler's problems without the position-less noise, and with the line of the faulty
     * statement for an error in a consequence, where Drools gives the rule's first line.
     */
    private static List<RuleProblem> precise(List<RuleProblem> problems, List<RuleFile> files) {
        List<RuleProblem> kept = new ArrayList<>();
        for (RuleProblem problem : problems) {
            if (!(problem.message().contains(NULL_PACKAGE) && problem.line() == 0)) {
                kept.add(problem);
            }
        }
        if (kept.isEmpty()) {
            kept = new ArrayList<>(problems);
        }
        if (kept.stream().noneMatch(p -> p.message().startsWith("Rule Compilation error"))) {
            return kept;
        }
        List<RuleProblem> consequences = consequenceProblems(files);
        if (consequences.isEmpty()) {
            return kept;
        }
        List<RuleProblem> merged = new ArrayList<>();
        for (RuleProblem problem : kept) {
            if (!problem.message().startsWith("Rule Compilation error")) {
                merged.add(problem);
            }
        }
        merged.addAll(consequences);
        return merged;
    }

    /** Compiles again to reach the Java compiler's own problems in consequences, one per line. */
    private static List<RuleProblem> consequenceProblems(List<RuleFile> files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.name());
            resource.setResourceType(ResourceType.DRL);
            builder.add(resource, ResourceType.DRL);
        }
        Map<String, RuleText> texts = RuleText.of(files);
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            if (!(error instanceof RuleBuildError ruleError)
                    || !(ruleError.getObject() instanceof CompilationProblem[] compilation)) {
                continue;
            }
            String rule = ruleError.getRule() == null ? null : ruleError.getRule().getName();
            RuleText text = rule == null ? null : texts.get(rule);
            String file = error.getResource() != null ? error.getResource().getSourcePath()
                    : text == null ? null : text.file();
            int ruleLine = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
            for (CompilationProblem javaProblem : compilation) {
                int line = drlLine(builder, ruleError, javaProblem, text);
                problems.add(new RuleProblem(file, line > 0 ? line : ruleLine, 0,
                        "in the consequence of rule \"" + rule + "\": " + javaProblem.getMessage()));
            }
        }
        return problems;
    }

    /** The .drl line of a Java problem in a consequence, or 0 when it cannot be placed inside the consequence. */
    private static int drlLine(KnowledgeBuilder builder, RuleBuildError error, CompilationProblem problem, RuleText text) {
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

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
