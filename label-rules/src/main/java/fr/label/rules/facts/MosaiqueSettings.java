package fr.label.rules.facts;

/**
 * @param coveredMinActions eligible actions an enjeu needs to be covered
 * @param strongMinServices distinct services an enjeu needs to be strong
 */
public record MosaiqueSettings(int coveredMinActions, int strongMinServices) {
}
