package fr.label.referentiel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.internal.json.JsonFields;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.label.internal.json.JsonFields.at;

/**
 * Reads the référentiel file: catégories holding enjeux holding services, so that each service
 * belongs to exactly one enjeu by construction. {@code fr.label.json.ReferentielJson} writes it.
 */
final class ReferentielReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ROOT = Set.of("name", "categories");
    private static final Set<String> CATEGORIE = Set.of("code", "label", "labelEn", "enjeux");
    private static final Set<String> ENJEU = Set.of("code", "label", "labelEn", "services");
    private static final Set<String> SERVICE = Set.of("code", "label", "labelEn");

    private ReferentielReader() {
    }

    static Referentiel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(file.toString(), "", "cannot be read: " + e));
        }
    }

    static Referentiel read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(new InputProblem(source, "", "expected well-formed JSON: "
                    + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(source, "", "cannot be read: " + e));
        }
        JsonFields fields = new JsonFields(source);
        List<Categorie> categories = new ArrayList<>();
        List<Enjeu> enjeux = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        String name = null;
        if (fields.isObject(root, "")) {
            fields.onlyKnownFields(root, "", ROOT);
            name = fields.string(root, "name", "", true);
            List<JsonNode> categorieNodes = fields.array(root, "categories", "", true);
            for (int c = 0; c < categorieNodes.size(); c++) {
                String cPath = at("categories", c);
                JsonNode cNode = categorieNodes.get(c);
                if (!fields.isObject(cNode, cPath)) {
                    continue;
                }
                fields.onlyKnownFields(cNode, cPath, CATEGORIE);
                Categorie categorie = new Categorie(fields.string(cNode, "code", cPath, true),
                        fields.string(cNode, "label", cPath, true), fields.string(cNode, "labelEn", cPath, true));
                categories.add(categorie);
                List<JsonNode> enjeuNodes = fields.array(cNode, "enjeux", cPath, true);
                for (int e = 0; e < enjeuNodes.size(); e++) {
                    String ePath = at(at(cPath, "enjeux"), e);
                    JsonNode eNode = enjeuNodes.get(e);
                    if (!fields.isObject(eNode, ePath)) {
                        continue;
                    }
                    fields.onlyKnownFields(eNode, ePath, ENJEU);
                    Enjeu enjeu = new Enjeu(fields.string(eNode, "code", ePath, true),
                            fields.string(eNode, "label", ePath, true), fields.string(eNode, "labelEn", ePath, true),
                            categorie.code());
                    enjeux.add(enjeu);
                    List<JsonNode> serviceNodes = fields.array(eNode, "services", ePath, true);
                    for (int s = 0; s < serviceNodes.size(); s++) {
                        String sPath = at(at(ePath, "services"), s);
                        JsonNode sNode = serviceNodes.get(s);
                        if (!fields.isObject(sNode, sPath)) {
                            continue;
                        }
                        fields.onlyKnownFields(sNode, sPath, SERVICE);
                        services.add(new Service(fields.string(sNode, "code", sPath, true),
                                fields.string(sNode, "label", sPath, true), fields.string(sNode, "labelEn", sPath, true),
                                enjeu.code()));
                    }
                }
            }
        }
        if (!fields.problems().isEmpty()) {
            throw new InvalidInputException(fields.problems());
        }
        try {
            return new Referentiel(name, categories, enjeux, services);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> p.inFile(source)).toList());
        }
    }
}
