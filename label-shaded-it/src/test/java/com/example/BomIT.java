package com.example;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BOM has no parent, so that importing it manages the label artifacts only: its version and
 * its list are kept by hand, and checked here against the reactor.
 */
class BomIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern VERSION = Pattern.compile("<artifactId>(label-[a-z-]+)</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void theBomManagesEveryPublishedArtifactAtTheReactorsVersion() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("label-bom/pom.xml"));
        String reactorVersion = first(VERSION.matcher(parent), "label-parent");

        assertThat(first(VERSION.matcher(bom), "label-bom")).isEqualTo(reactorVersion);
        for (String artifact : List.of("label-core", "label-rules", "label-rules-compiler", "label-testing")) {
            assertThat(bom).contains("<artifactId>" + artifact + "</artifactId>\n        <version>${project.version}</version>");
            assertThat(Files.readString(ROOT.resolve(artifact).resolve("pom.xml"))).contains("<version>" + reactorVersion + "</version>");
        }
    }

    private static String first(Matcher matcher, String artifact) {
        while (matcher.find()) {
            if (matcher.group(1).equals(artifact)) {
                return matcher.group(2);
            }
        }
        throw new AssertionError("no version for " + artifact);
    }
}
