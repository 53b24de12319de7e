package com.example;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application that depends on label-rules alone, shaded with the README's recipe: the shipped
 * rules run precompiled, without the DRL compiler or ecj in the jar; a rules directory is refused
 * with a message that names the artifact to add.
 */
class PrecompiledApplicationIT {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theJarEvaluatesADossierWithTheShippedRules() throws Exception {
        Run run = run(ROOT.resolve("examples/dossier-ville.json").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("99302 4@\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void theJarHoldsNeitherTheDrlCompilerNorEcj() throws IOException {
        try (ZipFile jar = new ZipFile(jar().toFile())) {
            assertThat(jar.stream().map(entry -> entry.getName()))
                    .contains("fr/label/rules/engine/DrlCompiler.class")
                    .noneMatch(name -> name.startsWith("org/eclipse/jdt/"))
                    .noneMatch(name -> name.startsWith("org/mvel2/"))
                    .noneMatch(name -> name.startsWith("org/drools/mvel/"));
        }
    }

    @Test
    void aRulesDirectoryNamesTheArtifactThatCompilesIt(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("levels.drl"), "package fr.label.rules;\n");

        Run run = run(ROOT.resolve("examples/dossier-ville.json").toString(), rules.toString());

        assertThat(run.err()).contains("add the dependency fr.label:label-rules-compiler");
        assertThat(run.status()).isEqualTo(1);
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("application.jar"));
        assertThat(jar).exists();
        return jar;
    }

    record Run(int status, String out, String err) {
    }

    /** {@code java -jar} on the Java that runs this test. */
    static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("application", ".out");
        Path err = Files.createTempFile("application", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("java -jar " + jar() + " did not end within 5 minutes");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
