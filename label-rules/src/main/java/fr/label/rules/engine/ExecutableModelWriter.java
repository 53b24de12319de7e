package fr.label.rules.engine;

import fr.label.RuleFile;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Build step (run by Maven after compiling this module): finds the shipped editions from their
 * {@code edition-YYYY} folders, writes the index of the shipped rule files that
 * {@link ShippedRuleSets} reads ({@value ShippedRuleSets#INDEX}), then compiles each edition's rule
 * set into Drools' executable model and writes its classes and index into the output folder. A new
 * edition folder is thus found, indexed and precompiled with no Java change. Needs
 * drools-model-codegen, which the build has and the library does not ship.
 */
public final class ExecutableModelWriter {

    private ExecutableModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        // The folders as they are in the output now, not through ShippedRuleSets: its index may be a
        // previous build's.
        Map<String, List<RuleFile>> folders = writeIndex(output);
        for (int edition : RuleFolders.editions(folders)) {
            write(edition, RuleFolders.overlay(folders, edition), output);
        }
    }

    /** Lists the rule folders under the output folder and writes their index beside them. */
    static Map<String, List<RuleFile>> writeIndex(Path output) throws IOException {
        Map<String, List<RuleFile>> folders = RuleFolders.read(output.resolve(ShippedRuleSets.ROOT),
                RuleFolders::relativeName);
        Files.writeString(output.resolve(ShippedRuleSets.INDEX), RuleFolders.index(folders), StandardCharsets.UTF_8);
        return folders;
    }

    static void write(int edition, List<RuleFile> files, Path output) throws IOException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem sources = services.newKieFileSystem();
        String folder = ExecutableModels.packageOf(edition).replace('.', '/');
        for (RuleFile file : files) {
            sources.write("src/main/resources/" + folder + "/" + file.fileName(),
                    ExecutableModels.inModelPackage(file, edition));
        }
        KieBuilder builder = services.newKieBuilder(sources).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("edition " + edition + " does not compile to the executable model:\n"
                    + errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        String models = null;
        for (String name : module.getFileNames()) {
            if (name.startsWith(folder + "/") && name.endsWith(".class")) {
                Path target = output.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
            } else if (name.endsWith("/drools-model")) {
                // One model class per line, after a "Drools-Model-Version:" header line.
                models = new String(module.getBytes(name), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(line -> !line.isEmpty() && !line.contains(":"))
                        .collect(java.util.stream.Collectors.joining(","));
            }
        }
        if (models == null || models.isEmpty()) {
            throw new IllegalStateException("edition " + edition + ": the executable model names no model class");
        }
        Path index = output.resolve(String.format(ExecutableModels.INDEX, edition));
        Files.createDirectories(index.getParent());
        Files.writeString(index, "# Written by ExecutableModelWriter at build time.\n"
                + "models=" + models + "\ndigest=" + ExecutableModels.digest(files) + "\n", StandardCharsets.UTF_8);
    }
}
