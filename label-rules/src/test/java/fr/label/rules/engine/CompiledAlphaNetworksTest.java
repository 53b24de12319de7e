package fr.label.rules.engine;

import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.referentiel.Referentiel;
import fr.label.result.Result;
import fr.label.sketch.DossierSketch;
import fr.label.spi.EngineSettings;
import org.drools.core.reteoo.ObjectTypeNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped rule sets run on the alpha networks compiled at build time, give the same results
 * as without them, and a rule base they were not generated from is left as it is.
 */
class CompiledAlphaNetworksTest {

    static List<Integer> editions() {
        return ShippedRuleSets.editions();
    }

    @ParameterizedTest
    @MethodSource("editions")
    void everyShippedEditionRunsOnItsCompiledAlphaNetwork(int edition) {
        KieBase kieBase = ShippedRuleSets.ruleSet(edition).kieBase();

        assertThat(CompiledAlphaNetworks.compiledNodes(kieBase, ExecutableModels.packageOf(edition)).values())
                .isNotEmpty()
                .allSatisfy(node -> assertThat(node.getObjectSinkPropagator()).isInstanceOf(PrecompiledAlphaNetwork.class));
    }

    @ParameterizedTest
    @MethodSource("editions")
    void theCompiledAlphaNetworkGivesTheResultsOfTheInterpretedOne(int edition) throws Exception {
        RuleSet interpreted = RuleSet.precompiled("edition " + edition, ShippedRuleSets.files(edition),
                ExecutableModels.fromModels(index(edition).getProperty("models")));
        assertThat(anyCompiled(interpreted.kieBase(), edition)).isFalse();
        DroolsLabelEngine withCompiled = engine(ShippedRuleSets.ruleSet(edition));
        DroolsLabelEngine withoutCompiled = engine(interpreted);

        for (DossierSketch dossier : dossiers(edition)) {
            Result expected = withoutCompiled.evaluate(dossier.build());
            assertThat(withCompiled.evaluate(dossier.build())).isEqualTo(expected);
        }
    }

    @Test
    void aRuleBaseOfAnotherNetworkIsLeftInterpreted() throws Exception {
        Properties index = index(2024);
        KieBase kieBase = ExecutableModels.fromModels(index.getProperty("models"));
        index.setProperty(CompiledAlphaNetworks.FINGERPRINT_KEY, "0".repeat(64));

        assertThat(CompiledAlphaNetworks.install(2024, kieBase, index)).isFalse();
        assertThat(anyCompiled(kieBase, 2024)).isFalse();
        // The 2023 rule base under the 2024 classes: other nodes, other names.
        KieBase other = ExecutableModels.fromModels(index(2023).getProperty("models"));
        assertThat(CompiledAlphaNetworks.install(2024, other, index(2024))).isFalse();
        assertThat(anyCompiled(other, 2024)).isFalse();
    }

    @Test
    void theSystemPropertyTurnsThemOff() throws Exception {
        Properties index = index(2024);
        KieBase kieBase = ExecutableModels.fromModels(index.getProperty("models"));
        System.setProperty(CompiledAlphaNetworks.USE_PROPERTY, "false");
        try {
            assertThat(CompiledAlphaNetworks.install(2024, kieBase, index)).isFalse();
        } finally {
            System.clearProperty(CompiledAlphaNetworks.USE_PROPERTY);
        }
        assertThat(anyCompiled(kieBase, 2024)).isFalse();
        assertThat(CompiledAlphaNetworks.install(2024, kieBase, index)).isTrue();
        assertThat(anyCompiled(kieBase, 2024)).isTrue();
    }

    private static boolean anyCompiled(KieBase kieBase, int edition) {
        return CompiledAlphaNetworks.compiledNodes(kieBase, ExecutableModels.packageOf(edition)).values().stream()
                .map(ObjectTypeNode::getObjectSinkPropagator)
                .anyMatch(PrecompiledAlphaNetwork.class::isInstance);
    }

    private static DroolsLabelEngine engine(RuleSet ruleSet) {
        return new DroolsLabelEngine(ruleSet, Referentiel.defaultReferentiel(), 1, null, EngineSettings.DEFAULT_MAX_FIRINGS);
    }

    /** Dossiers of every type, from nothing filed to most actions, so that each threshold is met and missed. */
    private static List<DossierSketch> dossiers(int edition) {
        List<DossierSketch> dossiers = new ArrayList<>();
        int[][] profiles = {{0, 0, 0, 0}, {3, 2, 0, 1}, {12, 5, 2, 3}, {25, 8, 4, 4}, {40, 11, 6, 4}, {60, 12, 9, 4}};
        for (CollectiviteType type : CollectiviteType.values()) {
            for (int[] profile : profiles) {
                for (boolean democratieLocale : profile[1] == 0 ? new boolean[] {false} : new boolean[] {false, true}) {
                    dossiers.add(DossierSketch.of(edition, Collectivite.of("99X01", "Test", type))
                            .profile(profile[0], profile[1], profile[2], profile[3], democratieLocale));
                }
            }
        }
        return dossiers;
    }

    private static Properties index(int edition) throws IOException {
        Properties index = new Properties();
        try (InputStream in = CompiledAlphaNetworksTest.class.getClassLoader()
                .getResourceAsStream(String.format(ExecutableModels.INDEX, edition))) {
            index.load(in);
        }
        return index;
    }
}
