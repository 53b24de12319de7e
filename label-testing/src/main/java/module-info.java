/**
 * label-testing: scenario files run as JUnit 5 dynamic tests or by {@code ./label test}, the rule
 * coverage of a run, the impact of a rule change on an edition. It uses the public API of
 * {@code fr.label} only; the rule engine is found at run time.
 */
module fr.label.testing {
    requires transitive fr.label;
    requires transitive org.junit.jupiter.api;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml; // for the line and column of a YAML syntax error

    exports fr.label.testing;
}
