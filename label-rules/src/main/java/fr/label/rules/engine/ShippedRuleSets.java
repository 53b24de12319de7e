package fr.label.rules.engine;

import fr.label.RuleFile;
import fr.label.UnknownEditionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule sets shipped in this module, under {@code fr/label/rules/}: the files of
 * {@code common/} are shared by every edition, and an edition's folder {@code edition-YYYY/}
 * adds its own files. A file of the edition's folder replaces the common file of the same name,
 * which is how one edition changes a shared concern without touching the others.
 */
public final class ShippedRuleSets {

    static final String ROOT = "fr/label/rules";
    private static final String COMMON = "common";
    private static final Pattern EDITION_FOLDER = Pattern.compile("edition-(\\d{4})");

    private static final Map<String, List<RuleFile>> FOLDERS = load();
    private static final Map<Integer, RuleSet> COMPILED = new ConcurrentHashMap<>();

    private ShippedRuleSets() {
    }

    /** The editions with a shipped rule set, ascending. */
    public static List<Integer> editions() {
        List<Integer> editions = new ArrayList<>();
        for (String folder : FOLDERS.keySet()) {
            Matcher matcher = EDITION_FOLDER.matcher(folder);
            if (matcher.matches()) {
                editions.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return editions;
    }

    /**
     * The files of an edition's rule set: the common files, each replaced by the edition's file
     * of the same name if there is one, then the edition's other files.
     *
     * @throws UnknownEditionException listing the known editions
     */
    public static List<RuleFile> files(int edition) {
        List<RuleFile> own = FOLDERS.get("edition-" + edition);
        if (own == null) {
            throw new UnknownEditionException(edition, editions());
        }
        Map<String, RuleFile> byName = new LinkedHashMap<>();
        for (RuleFile file : FOLDERS.getOrDefault(COMMON, List.of())) {
            byName.put(file.fileName(), file);
        }
        for (RuleFile file : own) {
            byName.put(file.fileName(), file);
        }
        return List.copyOf(byName.values());
    }

    /**
     * The rule set of an edition, loaded once per JVM and shared: precompiled when the build made
     * it so ({@link ExecutableModels}), else compiled from its files.
     *
     * @throws UnknownEditionException listing the known editions
     */
    public static RuleSet ruleSet(int edition) {
        List<RuleFile> files = files(edition);
        return COMPILED.computeIfAbsent(edition, year -> ExecutableModels.load(year, files)
                .map(kieBase -> RuleSet.precompiled("edition " + year, files, kieBase))
                .orElseGet(() -> RuleSet.compile("edition " + year, files)));
    }

    /**
     * Writes the complete rule set of an edition, flat, into a directory: a copy ready to edit
     * and to use with {@code LabelEngine.builder().rules(directory)} or {@code --rules DIR}.
     *
     * @return the files written
     */
    public static List<Path> export(int edition, Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UncheckedIOException(new IOException("cannot export the rules into " + directory
                    + ": it is a file, not a folder"));
        }
        try {
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            for (RuleFile file : files(edition)) {
                Path target = directory.resolve(file.fileName());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot export the rules into " + directory + ": "
                    + e.getMessage(), e));
        }
    }

    private static Map<String, List<RuleFile>> load() {
        URL marker = ShippedRuleSets.class.getClassLoader().getResource(ROOT + "/" + COMMON);
        if (marker == null) {
            throw new IllegalStateException("the shipped rules are missing from the classpath: " + ROOT);
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    return read(jar.getPath("/" + ROOT));
                }
            }
            return read(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else opened the jar; read through a fresh one of our own instead of closing theirs.
            String jarPath = uri.getSchemeSpecificPart().substring(0, uri.getSchemeSpecificPart().indexOf("!/"));
            return FileSystems.newFileSystem(Path.of(URI.create(jarPath)));
        }
    }

    private static Map<String, List<RuleFile>> read(Path root) throws IOException {
        Map<String, List<RuleFile>> folders = new TreeMap<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path folder : children.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString().replace("/", "");
                List<RuleFile> files = new ArrayList<>();
                try (Stream<Path> drl = Files.list(folder)) {
                    for (Path file : drl.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                        files.add(new RuleFile(name + "/" + file.getFileName(),
                                Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
                folders.put(name, List.copyOf(files));
            }
        }
        return folders;
    }
}
