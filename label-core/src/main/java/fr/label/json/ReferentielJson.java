package fr.label.json;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.label.referentiel.Categorie;
import fr.label.referentiel.Enjeu;
import fr.label.referentiel.Referentiel;
import fr.label.referentiel.Service;

import java.io.IOException;

/**
 * Writes the référentiel file: catégories holding enjeux holding services, the format
 * {@link Referentiel#read(java.nio.file.Path)} reads.
 */
public final class ReferentielJson {

    private ReferentielJson() {
    }

    /** Writes the référentiel in the same format it is read from. */
    public static String toJson(Referentiel referentiel) {
        return LabelJson.write(out -> write(referentiel, out));
    }

    private static void write(Referentiel referentiel, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", referentiel.name());
        out.writeArrayFieldStart("categories");
        for (Categorie categorie : referentiel.categories()) {
            out.writeStartObject();
            out.writeStringField("code", categorie.code());
            out.writeStringField("label", categorie.label());
            out.writeStringField("labelEn", categorie.labelEn());
            out.writeArrayFieldStart("enjeux");
            for (Enjeu enjeu : referentiel.enjeuxOf(categorie)) {
                out.writeStartObject();
                out.writeStringField("code", enjeu.code());
                out.writeStringField("label", enjeu.label());
                out.writeStringField("labelEn", enjeu.labelEn());
                out.writeArrayFieldStart("services");
                for (Service service : referentiel.servicesOf(enjeu)) {
                    out.writeStartObject();
                    out.writeStringField("code", service.code());
                    out.writeStringField("label", service.label());
                    out.writeStringField("labelEn", service.labelEn());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
