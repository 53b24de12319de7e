package fr.label.rules.engine;

import fr.label.RuleFile;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.ObjectTypeNodeCompiler;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build step (run by Maven after compiling this module): finds the shipped editions from their
 * {@code edition-YYYY} folders, writes the index of the shipped rule files that
 * {@link ShippedRuleSets} reads ({@value ShippedRuleSets#INDEX}), then compiles each edition's rule
 * set into Drools' executable model and its alpha network into Java ({@link CompiledAlphaNetworks}),
 * and writes their classes and index into the output folder. A new edition folder is thus found,
 * indexed and precompiled with no Java change. Needs drools-model-codegen and a JDK, which the
 * build has and the library does not need.
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
                        .collect(Collectors.joining(","));
            }
        }
        if (models == null || models.isEmpty()) {
            throw new IllegalStateException("edition " + edition + ": the executable model names no model class");
        }
        String alphaNetworks = writeAlphaNetworks(edition, models, output);
        Path index = output.resolve(String.format(ExecutableModels.INDEX, edition));
        Files.createDirectories(index.getParent());
        Files.writeString(index, "# Written by ExecutableModelWriter at build time.\n"
                + "models=" + models + "\ndigest=" + ExecutableModels.digest(files) + "\n" + alphaNetworks,
                StandardCharsets.UTF_8);
    }

    /**
     * Generates the alpha network of the edition's rule base, just written, with Drools' alpha
     * network compiler, compiles it into the edition's package and writes the classes
     * ({@link CompiledAlphaNetworks} loads them).
     *
     * @return the index lines that name the classes and fingerprint the network they fit
     */
    static String writeAlphaNetworks(int edition, String models, Path output) throws IOException {
        KieBase kieBase;
        try {
            kieBase = ExecutableModels.fromModels(models);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("edition " + edition + ": the executable model just written does not load", e);
        }
        String modelPackage = ExecutableModels.packageOf(edition);
        Map<String, ObjectTypeNode> nodes = CompiledAlphaNetworks.compiledNodes(kieBase, modelPackage);
        Map<String, String> sources = new TreeMap<>();
        for (CompiledNetworkSources generated : ObjectTypeNodeCompiler.compiledNetworkSources(
                ((InternalKnowledgeBase) kieBase).getRete())) {
            String source = generated.getSource();
            if (!source.contains("protected boolean isInlined() { return false; }")
                    || source.contains("rangeIndexDeclarationMap.get(")) {
                // Neither is made by the default configuration; CompiledAlphaNetworks hands neither over.
                throw new IllegalStateException("edition " + edition + ": the alpha network needs inlined or range-indexed classes");
            }
            String generatedPackage = "package " + ObjectTypeNodeCompiler.PACKAGE_NAME + ";";
            if (!source.startsWith(generatedPackage)) {
                throw new IllegalStateException("edition " + edition + ": unexpected alpha network source " + generated.getName());
            }
            String superclass = "extends " + CompiledNetwork.class.getName() + "{";
            if (!source.contains(superclass)) {
                throw new IllegalStateException("edition " + edition + ": unexpected alpha network superclass in " + generated.getName());
            }
            // Wired at run time by PrecompiledAlphaNetwork, which needs no Java parser.
            source = source.replace(superclass, "extends " + PrecompiledAlphaNetwork.class.getName() + "{");
            String name = modelPackage + generated.getName().substring(ObjectTypeNodeCompiler.PACKAGE_NAME.length());
            sources.put(name, "package " + modelPackage + ";" + source.substring(generatedPackage.length()));
        }
        if (!sources.keySet().equals(new TreeSet<>(nodes.keySet()))) {
            throw new IllegalStateException("edition " + edition + ": the alpha network classes " + sources.keySet()
                    + " are not those expected " + nodes.keySet());
        }
        compile(edition, sources, output);
        return CompiledAlphaNetworks.CLASSES_KEY + "=" + String.join(",", nodes.keySet()) + "\n"
                + CompiledAlphaNetworks.FINGERPRINT_KEY + "=" + CompiledAlphaNetworks.fingerprint(nodes.values()) + "\n";
    }

    /**
     * Compiles generated sources into the output folder with the JDK's compiler, against the
     * build's class path: the class loader this step runs in (Maven's exec plugin), else the JVM's.
     */
    private static void compile(int edition, Map<String, String> sources, Path output) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the build must run on a JDK: it compiles the alpha networks");
        }
        String classPath = ExecutableModelWriter.class.getClassLoader() instanceof URLClassLoader loader
                ? Arrays.stream(loader.getURLs()).map(ExecutableModelWriter::path).collect(Collectors.joining(File.pathSeparator))
                : System.getProperty("java.class.path");
        Path folder = Files.createTempDirectory("alpha-network-" + edition);
        try {
            Path classes = Files.createDirectories(folder.resolve("classes"));
            List<File> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = folder.resolve("sources").resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                files.add(file.toFile());
            }
            StringWriter messages = new StringWriter();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
                boolean compiled = javac.getTask(messages, fileManager, null,
                        // Compiled apart, then copied: javac would take the output folder's module-info for theirs.
                        List.of("--release", "17", "-proc:none", "-nowarn", "-classpath", classPath + File.pathSeparator + output,
                                "-d", classes.toString()),
                        null, fileManager.getJavaFileObjectsFromFiles(files)).call();
                if (!compiled) {
                    throw new IllegalStateException("edition " + edition + ": the alpha network does not compile:\n" + messages);
                }
            }
            try (Stream<Path> paths = Files.walk(classes)) {
                for (Path compiled : paths.filter(Files::isRegularFile).toList()) {
                    Path target = output.resolve(classes.relativize(compiled).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(compiled, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String path(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
