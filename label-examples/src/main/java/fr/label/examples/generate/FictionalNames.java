package fr.label.examples.generate;

import fr.label.dossier.CollectiviteType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Names and codes of the fictional collectivités: obviously invented French-sounding names
 * built on stems such as "Fictif", "Exemple", "Maquette" or "Essai", never given twice, and codes
 * made of the département code, an {@code X} and three digits ({@code 84X007}, {@code 2AX001},
 * {@code 974X012}): a real INSEE code has five characters without {@code X}, a SIREN nine digits.
 */
final class FictionalNames {

    /** Stem, feminine, starts with a vowel sound. */
    private record Stem(String word, boolean feminine, boolean vowel) {
    }

    private static final List<Stem> STEMS = List.of(
            new Stem("Fictif", false, false), new Stem("Exemple", false, true),
            new Stem("Maquette", true, false), new Stem("Essai", false, true),
            new Stem("Esquisse", true, true), new Stem("Ébauche", true, true),
            new Stem("Brouillon", false, false), new Stem("Modèle", false, false));
    private static final List<String> SUFFIXES = List.of("", "-sur-Loire", "-sur-Mer", "-les-Bains", "-la-Forêt",
            "-le-Château", "-en-Plaine", "-du-Lac", "-des-Vignes", "-sur-Seine", "-la-Rivière", "-les-Monts",
            "-le-Vieux");
    private static final List<String> PREFIXES = List.of("Le Mesnil-", "La Roche-", "Bourg-", "Villers-", "Pont-",
            "Fontaine-", "Bois-", "Port-");

    private final List<String> pool;
    private int next;
    private final Map<String, Integer> codesByDepartement = new HashMap<>();

    FictionalNames(long seed) {
        List<String> names = new ArrayList<>();
        for (Stem stem : STEMS) {
            String w = stem.word();
            for (String suffix : SUFFIXES) {
                names.add((stem.feminine() ? "Sainte-" : "Saint-") + w + suffix);
                names.add((stem.vowel() ? "Val-d'" : "Val-de-") + w + suffix);
                names.add("Mont" + w.toLowerCase() + suffix);
                if (!suffix.isEmpty()) {
                    names.add(w + suffix);
                }
                for (String prefix : PREFIXES) {
                    names.add(prefix + w + suffix);
                }
            }
            names.add(w + "ville");
        }
        this.pool = Draw.shuffled(new Random(seed), names);
    }

    /**
     * A name never given before; an intercommunalité's says which kind it is, as its population
     * allows (communauté de communes, d'agglomération from 50,000, urbaine from 250,000).
     */
    String name(CollectiviteType type, int population) {
        if (next >= pool.size()) {
            throw new IllegalStateException("no fictional name left");
        }
        String commune = pool.get(next++);
        if (type != CollectiviteType.INTERCOMMUNALITE) {
            return commune;
        }
        String kind = population >= 250_000 ? "Communauté urbaine"
                : population >= 50_000 ? "Communauté d'agglomération" : "Communauté de communes";
        return kind + " " + of(commune);
    }

    /** "de Fictifville", "d'Essai-les-Bains", "du Mesnil-Fictif", "du Val-de-Maquette". */
    private static String of(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("Val-")) {
            return "du " + name;
        }
        char first = name.charAt(0);
        if ("AEIOUÉ".indexOf(first) >= 0) {
            return "d'" + name;
        }
        return "de " + name;
    }

    /** The next fictional code of the département: {@code 84X001}, {@code 84X002}, ... */
    String code(String departement) {
        int n = codesByDepartement.merge(departement, 1, Integer::sum);
        return String.format("%sX%03d", departement, n);
    }
}
