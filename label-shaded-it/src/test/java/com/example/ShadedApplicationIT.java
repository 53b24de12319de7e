package com.example;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application shaded with the README's recipe, run as a user runs it: {@code java -jar}, on the
 * Java that runs this test. With the shipped rules, and with a rules directory, which the DRL
 * compiler inside the jar compiles (without ServicesResourceTransformer that fails).
 */
class ShadedApplicationIT {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path VILLE = ROOT.resolve("examples/dossier-ville.json");

    @Test
    void theJarEvaluatesADossierWithTheShippedRules() throws Exception {
        Run run = Run.jar(jar(), VILLE.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("99302 4@\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void theJarCompilesARulesDirectory(@TempDir Path rules) throws Exception {
        copyShippedRules(2023, rules);

        Run run = Run.jar(jar(), VILLE.toString(), rules.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("99302 4@\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void aRuleThatDoesNotCompileIsReportedAtItsFileAndLine(@TempDir Path rules) throws Exception {
        copyShippedRules(2023, rules);
        Files.writeString(rules.resolve("broken.drl"), "package fr.label.rules;\n\nrule \"broken\"\nwhen\n    Nothing(\nthen\nend\n");

        Run run = Run.jar(jar(), VILLE.toString(), rules.toString());

        assertThat(run.err()).contains(rules.resolve("broken.drl") + ":");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void theReadmeShowsTheRecipeThisApplicationIsShadedWith() throws IOException {
        assertThat(recipe(Files.readString(ROOT.resolve("README.md"))))
                .isEqualTo(recipe(Files.readString(Path.of("pom.xml"))));
        assertThat(recipe(Files.readString(ROOT.resolve("label-shaded-it-precompiled/pom.xml"))))
                .isEqualTo(recipe(Files.readString(Path.of("pom.xml"))));
    }

    /** The shade plugin's block, without indentation: from its {@code <plugin>} to its {@code </plugin>}. */
    static String recipe(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        int artifact = lines.indexOf("<artifactId>maven-shade-plugin</artifactId>");
        assertThat(artifact).as("the maven-shade-plugin block").isPositive();
        int start = artifact;
        while (!lines.get(start).equals("<plugin>")) {
            start--;
        }
        int end = lines.subList(start, lines.size()).indexOf("</plugin>") + start;
        return String.join("\n", lines.subList(start, end + 1));
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("application.jar"));
        assertThat(jar).exists();
        return jar;
    }

    /** The shipped rule set of an edition, flat, as {@code ./label rules --export} writes it, read from the jar. */
    static void copyShippedRules(int edition, Path target) throws IOException {
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + jar().toUri()), Map.of())) {
            for (String folder : List.of("common", "edition-" + edition)) {
                try (Stream<Path> files = Files.list(jar.getPath("/fr/label/rules", folder))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                        // An edition's file replaces the common file of the same name.
                        Files.write(target.resolve(file.getFileName().toString()), Files.readAllBytes(file));
                    }
                }
            }
        }
    }

    /** One run of {@code java -jar}: its exit status and what it printed. */
    record Run(int status, String out, String err) {

        static Run jar(Path jar, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
            command.addAll(List.of(args));
            Path out = Files.createTempFile("application", ".out");
            Path err = Files.createTempFile("application", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("java -jar " + jar + " did not end within 5 minutes");
                }
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }
    }
}
