/**
 * label-core: the API of the label — the engine's entry and the rule sets ({@code fr.label}), the
 * dossiers that go in ({@code fr.label.dossier}), the results that come out
 * ({@code fr.label.result}), the référentiel, the JSON formats and sketched dossiers — with no rule
 * engine in it. The engine ({@code label-rules}) is found with {@link java.util.ServiceLoader}; it
 * alone sees the engine's side of the core, {@code fr.label.spi}.
 */
@SuppressWarnings("module") // fr.label.rules is not on this module's path: it is built after it
module fr.label {
    requires com.fasterxml.jackson.databind;

    exports fr.label;
    exports fr.label.dossier;
    exports fr.label.json;
    exports fr.label.referentiel;
    exports fr.label.result;
    exports fr.label.sketch;
    exports fr.label.spi to fr.label.rules;

    uses fr.label.spi.EngineFactory;
}
