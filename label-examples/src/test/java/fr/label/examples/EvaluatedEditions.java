package fr.label.examples;

import fr.label.LabelEngine;
import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The example editions, read and evaluated with their shipped rules once per test run. */
final class EvaluatedEditions {

    private static final Map<Integer, Candidatures> CANDIDATURES = new ConcurrentHashMap<>();
    private static final Map<Integer, Palmares> PALMARES = new ConcurrentHashMap<>();

    private EvaluatedEditions() {
    }

    static Candidatures candidatures(int year) {
        return CANDIDATURES.computeIfAbsent(year, ExampleEditions::read);
    }

    static Palmares palmares(int year) {
        return PALMARES.computeIfAbsent(year, y -> LabelEngine.forEdition(y).evaluateEdition(candidatures(y)));
    }

    static Result result(int year, String code) {
        return palmares(year).result(code)
                .orElseThrow(() -> new AssertionError(code + " takes no part in the " + year + " example edition"));
    }

    static Dossier dossier(int year, String code) {
        return candidatures(year).dossiers().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " files no dossier in " + year));
    }

    static Optional<HistoryEntry> historyEntry(Dossier dossier, int edition) {
        return dossier.history().stream().filter(h -> h.edition() == edition).findFirst();
    }

    /** Whether the collectivité's code is one of the scheme of fictional codes ({@code 84X007}). */
    static boolean fictional(String code) {
        return code.contains("X");
    }
}
