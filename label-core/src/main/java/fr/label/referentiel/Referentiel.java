package fr.label.referentiel;

import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mosaïque: services grouped in enjeux, grouped in catégories. Immutable and thread-safe.
 *
 * <pre>{@code
 * Referentiel shipped = Referentiel.defaultReferentiel();   // 139 services, 16 enjeux, 4 catégories
 * Referentiel mine = Referentiel.read(Path.of("my-referentiel.json"));
 * }</pre>
 *
 * The shipped one is a reconstruction: the association publishes its enjeux, not its list of
 * services (see the README).
 */
public final class Referentiel {

    private static final String DEFAULT_RESOURCE = "/fr/label/referentiel/referentiel.json";

    private final String name;
    private final List<Categorie> categories;
    private final List<Enjeu> enjeux;
    private final List<Service> services;
    private final Map<String, Categorie> categorieByCode;
    private final Map<String, Enjeu> enjeuByCode;
    private final Map<String, Service> serviceByCode;

    /**
     * Builds a référentiel; codes must be unique and every reference must resolve.
     *
     * @throws InvalidInputException naming the faulty entry
     * @param name       what to call it in messages, e.g. its file
     * @param categories the catégories
     * @param enjeux     the enjeux, each naming its catégorie
     * @param services   the services, each naming its enjeu
     */
    public Referentiel(String name, List<Categorie> categories, List<Enjeu> enjeux, List<Service> services) {
        this.name = name;
        this.categories = List.copyOf(categories);
        this.enjeux = List.copyOf(enjeux);
        this.services = List.copyOf(services);
        List<InputProblem> problems = new ArrayList<>();
        this.categorieByCode = index(this.categories, Categorie::code, "categories", problems);
        this.enjeuByCode = index(this.enjeux, Enjeu::code, "enjeux", problems);
        this.serviceByCode = index(this.services, Service::code, "services", problems);
        for (Enjeu enjeu : this.enjeux) {
            if (!categorieByCode.containsKey(enjeu.categorie())) {
                problems.add(new InputProblem(null, "enjeux." + enjeu.code(),
                        "expected a known catégorie, found \"" + enjeu.categorie() + "\""));
            }
        }
        for (Service service : this.services) {
            if (!enjeuByCode.containsKey(service.enjeu())) {
                problems.add(new InputProblem(null, "services." + service.code(),
                        "expected a known enjeu, found \"" + service.enjeu() + "\""));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> code,
                                            String what, List<InputProblem> problems) {
        Map<String, T> byCode = new LinkedHashMap<>();
        for (T item : items) {
            if (byCode.putIfAbsent(code.apply(item), item) != null) {
                problems.add(new InputProblem(null, what, "expected unique codes, found \""
                        + code.apply(item) + "\" twice"));
            }
        }
        return Collections.unmodifiableMap(byCode);
    }

    /**
     * The référentiel shipped with the library (a reconstruction, see the README).
     *
     * @return the shipped référentiel: 139 services, 16 enjeux, 4 catégories
     */
    public static Referentiel defaultReferentiel() {
        return DefaultHolder.INSTANCE;
    }

    /**
     * Reads a référentiel file of the same format as the shipped one
     * ({@code fr.label.json.ReferentielJson} writes it).
     *
     * @param file a référentiel JSON file
     * @return the référentiel
     * @throws InvalidInputException naming the file, the JSON path and what was expected
     */
    public static Referentiel read(Path file) {
        return ReferentielReader.read(file);
    }

    /**
     * @return what the référentiel is called in messages
     */
    public String name() {
        return name;
    }

    /**
     * @return the catégories, in order
     */
    public List<Categorie> categories() {
        return categories;
    }

    /**
     * All enjeux, in catégorie order.
     *
     * @return the enjeux
     */
    public List<Enjeu> enjeux() {
        return enjeux;
    }

    /**
     * @return the services, in order
     */
    public List<Service> services() {
        return services;
    }

    /**
     * @param code a service code
     * @return the service, or empty when the référentiel does not know the code
     */
    public Optional<Service> service(String code) {
        return Optional.ofNullable(serviceByCode.get(code));
    }

    /**
     * @param code an enjeu's code
     * @return the enjeu
     * @throws IllegalArgumentException for an unknown code, listing the known ones
     */
    public Enjeu enjeu(String code) {
        Enjeu enjeu = enjeuByCode.get(code);
        if (enjeu == null) {
            throw new IllegalArgumentException("unknown enjeu " + code + "; known: " + enjeuByCode.keySet());
        }
        return enjeu;
    }

    /**
     * @param code a catégorie's code
     * @return the catégorie
     * @throws IllegalArgumentException for an unknown code, listing the known ones
     */
    public Categorie categorie(String code) {
        Categorie categorie = categorieByCode.get(code);
        if (categorie == null) {
            throw new IllegalArgumentException("unknown catégorie " + code + "; known: " + categorieByCode.keySet());
        }
        return categorie;
    }

    /**
     * @param categorie a catégorie of this référentiel
     * @return its enjeux, in order
     */
    public List<Enjeu> enjeuxOf(Categorie categorie) {
        return enjeux.stream().filter(e -> e.categorie().equals(categorie.code())).toList();
    }

    /**
     * @param enjeu an enjeu of this référentiel
     * @return its services, in order
     */
    public List<Service> servicesOf(Enjeu enjeu) {
        return services.stream().filter(s -> s.enjeu().equals(enjeu.code())).toList();
    }

    @Override
    public String toString() {
        return name + " (" + categories.size() + " catégories, " + enjeux.size() + " enjeux, "
                + services.size() + " services)";
    }

    private static final class DefaultHolder {
        static final Referentiel INSTANCE = load();

        private static Referentiel load() {
            try (InputStream in = Referentiel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                }
                return ReferentielReader.read(in, "referentiel.json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
