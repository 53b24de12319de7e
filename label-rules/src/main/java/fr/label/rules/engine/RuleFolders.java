package fr.label.rules.engine;

import fr.label.RuleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rules laid out in folders, as they are shipped: {@code common/} holds the files every edition
 * shares, and each {@code edition-YYYY/} folder an edition's own files, a file of which replaces
 * the common file of the same name. The editions are the {@code edition-YYYY} folders found, so
 * that a new edition needs a folder and no Java: the shipped rules, a rules directory laid out the
 * same way, and the build step that precompiles the shipped rules all read folders through here.
 *
 * <pre>{@code
 * Map<String, List<RuleFile>> folders = RuleFolders.read(Path.of("my-rules-root"), RuleFolders::pathName);
 * RuleFolders.editions(folders);             // [2024, 2025]
 * RuleFolders.overlay(folders, 2025);        // common files, as edition-2025 overlays them
 * }</pre>
 */
public final class RuleFolders {

    /** The folder of the files every edition shares. */
    public static final String COMMON = "common";
    private static final Pattern EDITION_FOLDER = Pattern.compile("edition-(\\d{4})");

    private RuleFolders() {
    }

    /** The folder of an edition's own files: {@code edition-2025}. */
    public static String folderOf(int edition) {
        return "edition-" + edition;
    }

    /** The edition of a folder name, or {@code null} when it is not an edition's folder. */
    static Integer editionOf(String folder) {
        Matcher matcher = EDITION_FOLDER.matcher(folder);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : null;
    }

    /** Whether a directory is laid out like the shipped rules: it has at least one {@code edition-YYYY/} folder. */
    public static boolean isRoot(Path directory) {
        return !editionsOf(directory).isEmpty();
    }

    /** The editions of a directory laid out like the shipped rules, ascending; empty for any other directory. */
    public static List<Integer> editionsOf(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory).map(child -> editionOf(child.getFileName().toString()))
                    .filter(java.util.Objects::nonNull).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The editions of folders read by {@link #read}, ascending. */
    public static List<Integer> editions(Map<String, List<RuleFile>> folders) {
        List<Integer> editions = new ArrayList<>();
        for (String folder : folders.keySet()) {
            Integer edition = editionOf(folder);
            if (edition != null) {
                editions.add(edition);
            }
        }
        editions.sort(null);
        return editions;
    }

    /**
     * The files of an edition's rule set: the common files, each replaced by the edition's file of
     * the same name if there is one, then the edition's other files; {@code null} when the folders
     * hold no such edition.
     */
    public static List<RuleFile> overlay(Map<String, List<RuleFile>> folders, int edition) {
        List<RuleFile> own = folders.get(folderOf(edition));
        if (own == null) {
            return null;
        }
        Map<String, RuleFile> byName = new LinkedHashMap<>();
        for (RuleFile file : folders.getOrDefault(COMMON, List.of())) {
            byName.put(file.fileName(), file);
        }
        for (RuleFile file : own) {
            byName.put(file.fileName(), file);
        }
        return List.copyOf(byName.values());
    }

    /**
     * The {@code .drl} files of each folder of a root, folders and files in name order.
     *
     * @param naming how a file is named in problems, from the root and the file
     */
    public static Map<String, List<RuleFile>> read(Path root, BiFunction<Path, Path, String> naming) {
        Map<String, List<RuleFile>> folders = new TreeMap<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path folder : children.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString().replace("/", "");
                List<RuleFile> files = new ArrayList<>();
                try (Stream<Path> drl = Files.list(folder)) {
                    for (Path file : drl.filter(f -> f.toString().endsWith(".drl") && Files.isRegularFile(f))
                            .sorted().toList()) {
                        files.add(new RuleFile(naming.apply(root, file), Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
                folders.put(name, List.copyOf(files));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules of " + root + ": " + e.getMessage(), e);
        }
        return folders;
    }

    /** Names a file by its folder and name, {@code common/levels.drl}: how the shipped files are named. */
    public static String relativeName(Path root, Path file) {
        return file.getParent().getFileName().toString().replace("/", "") + "/" + file.getFileName();
    }

    /** Names a file by its path, {@code my-rules/edition-2025/edition.drl}: how a rules directory's files are named. */
    public static String pathName(Path root, Path file) {
        return file.toString();
    }

    /**
     * The index of the shipped rule files that the build writes beside them: one
     * {@code folder/file.drl} per line, so that they are found on any classpath without listing
     * folders (which jars inside jars and some class loaders cannot do).
     */
    static String index(Map<String, List<RuleFile>> folders) {
        StringBuilder index = new StringBuilder("# The shipped rule files, one folder/file.drl a line: written by the "
                + "build (ExecutableModelWriter) from the folders themselves.\n");
        folders.values().forEach(files -> files.forEach(file -> index.append(file.name()).append('\n')));
        return index.toString();
    }

    /** The file names an index lists, {@code folder/file.drl}, in its order. */
    static List<String> indexEntries(String index) {
        return index.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
