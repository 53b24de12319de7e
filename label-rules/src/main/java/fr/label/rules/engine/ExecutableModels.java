package fr.label.rules.engine;

import fr.label.RuleFile;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The shipped rule sets precompiled at build time into Drools' executable model
 * ({@link ExecutableModelWriter}), so that an engine starts without compiling its rules: a
 * fraction of a second instead of seconds. Each edition's model lives in its own package and
 * records the digest of the rule files it was built from; if they differ from the rule files on
 * the classpath, the model is not used and the files are compiled as usual. The edition's alpha
 * network, compiled at build time too, is wired into the rule base here ({@link CompiledAlphaNetworks}).
 */
final class ExecutableModels {

    static final String INDEX = "fr/label/rules/executable-model/edition-%d.properties";
    /** Set to false to compile the shipped .drl files at start-up instead (e.g. to compare both). */
    static final String USE_PROPERTY = "fr.label.rules.executableModel";

    private static final Logger LOG = LoggerFactory.getLogger(ExecutableModels.class);

    private ExecutableModels() {
    }

    /** The package an edition's model is generated in, apart from the other editions'. */
    static String packageOf(int edition) {
        return "fr.label.rules.edition" + edition;
    }

    /** The rule files as compiled into the model: the same text, in the edition's own package. */
    static String inModelPackage(RuleFile file, int edition) {
        return file.content().replaceFirst("(?m)^package\\s+fr\\.label\\.rules\\s*;", "package " + packageOf(edition) + ";");
    }

    static String digest(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                sha.update(file.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The precompiled rule base of a shipped edition, when present and built from these very files. */
    static Optional<KieBase> load(int edition, List<RuleFile> files) {
        if ("false".equalsIgnoreCase(System.getProperty(USE_PROPERTY))) {
            return Optional.empty();
        }
        java.util.Properties index = new java.util.Properties();
        try (InputStream in = ExecutableModels.class.getClassLoader().getResourceAsStream(String.format(INDEX, edition))) {
            if (in == null) {
                return Optional.empty();
            }
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!digest(files).equals(index.getProperty("digest"))) {
            LOG.warn("the precompiled rules of edition {} do not match its rule files; compiling the files", edition);
            return Optional.empty();
        }
        KieBase kieBase;
        try {
            kieBase = fromModels(index.getProperty("models", ""));
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.warn("the precompiled rules of edition {} cannot be loaded ({}); compiling the files", edition, e.toString());
            return Optional.empty();
        }
        CompiledAlphaNetworks.install(edition, kieBase, index);
        return Optional.of(kieBase);
    }

    /** The rule base of model classes named in an index, built as at run time (the build compiles its alpha network). */
    static KieBase fromModels(String modelClasses) throws ReflectiveOperationException {
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses.split(",")) {
            models.add((Model) Class.forName(name.strip()).getConstructor().newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }
}
