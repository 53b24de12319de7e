package fr.label.rules.engine;

import fr.label.RuleProblem;
import fr.label.RuleSetException;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.InternalMessage;
import org.kie.internal.io.ResourceFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Compiles rule files into a rule base, reporting every error with its file, line and column. */
public final class RuleSetCompiler {

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
     * @throws RuleSetException listing every compilation error
     */
    public static KieBase compile(String name, List<RuleFile> files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.name());
            resource.setResourceType(ResourceType.DRL);
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            List<RuleProblem> problems = new ArrayList<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                problems.add(problem(error));
            }
            throw new RuleSetException(name, problems);
        }
        return builder.newKieBase();
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
