package fr.label.examples.generate;

import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.examples.generate.DossierIntent.Featured;

import java.util.ArrayList;
import java.util.List;

import static fr.label.examples.generate.Method.AROBASE_VERTE;
import static fr.label.examples.generate.Method.DEMOCRATIE_LOCALE;
import static fr.label.examples.generate.Method.NUMERIQUE_EDUCATIF;

/**
 * The real collectivités of the example editions, each only in the editions where a result of
 * theirs is published (see EXAMPLES.md for what is published, implied by the method, or invented).
 * Populations are rounded orders of magnitude.
 */
final class RealCollectivites {

    /** The 14 laureates of the first "Territoire d'excellence numérique" distinctions (2021). */
    static final List<String> EXCELLENCE_2021 = List.of("69029", "38185", "54547", "60057", "94033", "94018",
            "78551", "92072", "95680", "27467", "47001", "47031", "200041333", "33281");
    static final List<String> DEMOCRATIE_LOCALE_2021 = List.of("14271", "34108", "13056");
    static final List<String> AROBASE_VERTE_2021 = List.of("37003", "92014", "78440", "13063", "13113");

    private RealCollectivites() {
    }

    static List<Member> all() {
        List<Member> members = new ArrayList<>();

        // 2020 palmarès, around the étang de Berre (press article on the 2020 ceremony in Martigues).
        Member martigues = ville("13056", "Martigues", 48_000, "13")
                .earlier(2010, 2011, 3).earlier(2012, 2017, 4).earlier(2018, 2019, 5)
                .at(2020, 5).at(2021, 5).mention(2021, DEMOCRATIE_LOCALE, 5, 9);
        List<Featured> martiguesActions = List.of(
                new Featured("open-data", "Ouverture des données publiques de la ville"),
                new Featured("permanences-numeriques", "Médiateurs numériques aux côtés des usagers"),
                new Featured("ateliers-inclusion", "Ateliers pour gagner en autonomie informatique"),
                new Featured("relation-usagers", "Un accueil physique maintenu à côté des démarches en ligne"));
        martigues.featured.put(2020, martiguesActions);
        martigues.featured.put(2021, martiguesActions);
        members.add(martigues);
        members.add(ville("13047", "Istres", 43_000, "13").earlier(2014, 2016, 3).earlier(2017, 2019, 4).at(2020, 4));
        members.add(ville("13063", "Miramas", 26_000, "13").earlier(2016, 2017, 2).earlier(2018, 2019, 3)
                .at(2020, 3).at(2021, 3).mention(2021, AROBASE_VERTE, 3, 4));
        members.add(ville("13081", "Rognac", 12_000, "13").earlier(2017, 2).earlier(2018, 2019, 3).at(2020, 3));
        members.add(ville("13077", "Port-de-Bouc", 17_000, "13").at(2020, 1));

        // 2021: the 14 first "Territoires d'excellence numérique", 5@ for the sixth time at least.
        Object[][] laureates = {
                {"69029", "Bron", 42_000, "69"},
                {"38185", "Grenoble", 157_000, "38"},
                {"54547", "Vandœuvre-lès-Nancy", 29_000, "54"},
                {"60057", "Beauvais", 56_000, "60"},
                {"94033", "Fontenay-sous-Bois", 53_000, "94"},
                {"94018", "Charenton-le-Pont", 30_000, "94"},
                {"78551", "Saint-Germain-en-Laye", 45_000, "78"},
                {"92072", "Sèvres", 23_000, "92"},
                {"95680", "Villiers-le-Bel", 28_000, "95"},
                {"27467", "Pont-Audemer", 10_000, "27"},
                {"47001", "Agen", 33_000, "47"},
                {"47031", "Boé", 5_800, "47"},
                {"200041333", "Communauté de communes de Parthenay-Gâtine", 37_000, "79"},
                {"33281", "Mérignac", 72_000, "33"},
        };
        for (int i = 0; i < laureates.length; i++) {
            Object[] l = laureates[i];
            CollectiviteType type = ((String) l[0]).length() == 9 ? CollectiviteType.INTERCOMMUNALITE
                    : CollectiviteType.VILLE;
            Member m = member((String) l[0], (String) l[1], type, (Integer) l[2], (String) l[3]);
            int firstFive = 2012 + i % 5;            // 5@ from 2012..2016 to 2020: five to nine times
            m.earlier(firstFive - 4, firstFive - 3, 3).earlier(firstFive - 2, firstFive - 1, 4)
                    .earlier(firstFive, 2020, 5).at(2021, 5);
            m.excellence.add(2021);
            members.add(m);
        }

        // 2021 mentions (press article on the 22nd label).
        members.add(ville("14271", "Fleury-sur-Orne", 5_000, "14").earlier(2018, 2).earlier(2019, 2020, 3)
                .at(2021, 4).mention(2021, DEMOCRATIE_LOCALE, 3, 5));
        members.add(ville("34108", "Frontignan", 23_000, "34").earlier(2017, 2018, 3).earlier(2019, 2020, 4)
                .at(2021, 4).mention(2021, DEMOCRATIE_LOCALE, 4, 6));
        members.add(ville("37003", "Amboise", 13_000, "37").earlier(2019, 2).earlier(2020, 3)
                .at(2021, 3).mention(2021, AROBASE_VERTE, 4, 5));
        members.add(ville("92014", "Bourg-la-Reine", 20_000, "92").earlier(2016, 2017, 3).earlier(2018, 2020, 4)
                .at(2021, 4).mention(2021, AROBASE_VERTE, 3, 6));
        members.add(ville("78440", "Les Mureaux", 33_000, "78").earlier(2015, 2016, 3).earlier(2017, 2020, 4)
                .at(2021, 4).mention(2021, AROBASE_VERTE, 5, 7));
        members.add(ville("13113", "Venelles", 8_500, "13").earlier(2018, 2).earlier(2019, 2020, 3)
                .at(2021, 3).mention(2021, AROBASE_VERTE, 4, 6));

        // 2023, Vaucluse (press article on the 2023 palmarès).
        Member carpentras = ville("84031", "Carpentras", 29_000, "84").earlier(2009, 2010, 3).earlier(2011, 2022, 4)
                .at(2023, 5).mention(2023, NUMERIQUE_EDUCATIF, 5, 12);
        carpentras.filed.put(2023, 103);
        carpentras.ineligible.put(2023, 4);
        members.add(carpentras);
        Member monteux = ville("84080", "Monteux", 13_000, "84").earlier(2014, 1).earlier(2015, 2022, 3).at(2023, 4);
        monteux.filed.put(2023, 51);
        monteux.ineligible.put(2023, 2);
        monteux.featured.put(2023, List.of(new Featured("equipement-classes",
                "Tableaux blancs interactifs dans les 33 classes élémentaires publiques")));
        members.add(monteux);
        Member courthezon = ville("84039", "Courthézon", 5_600, "84").earlier(2018, 2020, 3).earlier(2021, 2022, 4)
                .at(2023, 4);
        courthezon.filed.put(2023, 46);
        courthezon.ineligible.put(2023, 1);
        members.add(courthezon);
        return members;
    }

    private static Member ville(String code, String name, int population, String departement) {
        return member(code, name, CollectiviteType.VILLE, population, departement);
    }

    private static Member member(String code, String name, CollectiviteType type, int population, String departement) {
        return new Member(new Collectivite(code, name, type, population, departement,
                Geography.regionOf(departement)), Member.Role.REAL);
    }
}
