package fr.label.rules.engine;

import fr.label.RuleFile;
import fr.label.UnknownEditionException;

import java.io.IOException;
import java.io.InputStream;
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
 *
 * <p>The editions are the {@code edition-YYYY} folders: the build lists them into an index
 * ({@value #INDEX}, see {@link ExecutableModelWriter}), read here from the classpath, so that a new
 * edition is a new folder and no Java change. Without the index (rules copied onto the classpath
 * by other means) the folders are listed.
 */
public final class ShippedRuleSets {

    static final String ROOT = "fr/label/rules";
    /** The index of the shipped rule files, one {@code folder/file.drl} a line, written by the build. */
    static final String INDEX = ROOT + "/rule-sets.index";
    private static final String COMMON = RuleFolders.COMMON;

    private static final Map<String, List<RuleFile>> FOLDERS = load();
    private static final Map<Integer, RuleSet> COMPILED = new ConcurrentHashMap<>();

    private ShippedRuleSets() {
    }

    /** The editions with a shipped rule set, ascending. */
    public static List<Integer> editions() {
        return RuleFolders.editions(FOLDERS);
    }

    /**
     * The files of an edition's rule set: the common files, each replaced by the edition's file
     * of the same name if there is one, then the edition's other files.
     *
     * @throws UnknownEditionException listing the known editions
     */
    public static List<RuleFile> files(int edition) {
        List<RuleFile> files = RuleFolders.overlay(FOLDERS, edition);
        if (files == null) {
            throw new UnknownEditionException(edition, editions());
        }
        return files;
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
                .orElseGet(() -> RuleSet.compileShipped("edition " + year, files)));
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
        ClassLoader loader = ShippedRuleSets.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index != null) {
                return fromIndex(new String(index.readAllBytes(), StandardCharsets.UTF_8), entry -> {
                    try (InputStream file = loader.getResourceAsStream(ROOT + "/" + entry)) {
                        if (file == null) {
                            throw new IllegalStateException("the index of the shipped rules names " + entry
                                    + ", which is not on the classpath: rebuild the rules module");
                        }
                        return new String(file.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return listed(loader);
    }

    /** The folders an index names, each file read with {@code contentOf} from its {@code folder/file.drl} name. */
    static Map<String, List<RuleFile>> fromIndex(String index, java.util.function.Function<String, String> contentOf) {
        Map<String, List<RuleFile>> folders = new TreeMap<>();
        for (String entry : RuleFolders.indexEntries(index)) {
            int slash = entry.indexOf('/');
            String folder = slash < 0 ? "" : entry.substring(0, slash);
            folders.computeIfAbsent(folder, f -> new ArrayList<>()).add(new RuleFile(entry, contentOf.apply(entry)));
        }
        folders.replaceAll((folder, files) -> List.copyOf(files));
        return folders;
    }

    /** The folders listed from the classpath, when the build's index is not there. */
    private static Map<String, List<RuleFile>> listed(ClassLoader loader) {
        URL marker = loader.getResource(ROOT + "/" + COMMON);
        if (marker == null) {
            throw new IllegalStateException("the shipped rules are missing from the classpath: " + ROOT);
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    return RuleFolders.read(jar.getPath("/" + ROOT), RuleFolders::relativeName);
                }
            }
            return RuleFolders.read(Path.of(uri).getParent(), RuleFolders::relativeName);
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
}
