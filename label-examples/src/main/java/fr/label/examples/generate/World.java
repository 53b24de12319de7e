package fr.label.examples.generate;

import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.HistoryEntry;
import fr.label.examples.generate.Member.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import static fr.label.dossier.CollectiviteType.INTERCOMMUNALITE;
import static fr.label.dossier.CollectiviteType.VILLAGE;
import static fr.label.dossier.CollectiviteType.VILLE;

/**
 * The collectivités of the five example editions and what each is meant to obtain in each edition
 * it takes part in: the real ones with a published result, the fictional ones whose excellence
 * story is scripted (so that the published counts of awards and holders come out), and the
 * ordinary fictional ones, who come back from one year to the next or not.
 */
final class World {

    static final List<Integer> YEARS = List.of(2020, 2021, 2022, 2023, 2024);

    /** Participants by type: published (2020 adjusted, 2022), partly published (2021, 2023) or invented (2024). */
    static final Map<Integer, Map<CollectiviteType, Integer>> PARTICIPANTS = Map.of(
            2020, byType(45, 174, 13),
            2021, byType(44, 166, 9),
            2022, byType(57, 186, 11),
            2023, byType(58, 187, 12),
            2024, byType(60, 189, 13));

    /** Participants by région, where published. */
    static final Map<Integer, Map<String, Integer>> REGIONS = Map.of(
            2023, Map.of(Geography.PACA, 22, Geography.OCCITANIE, 16));

    /**
     * The régions represented in 2020 ("the 16 régions", said the press article on the 2020
     * ceremony): all but two of the 18.
     */
    static final List<String> REGIONS_2020 = Geography.regions().stream()
            .filter(r -> !r.equals(Geography.MARTINIQUE) && !r.equals(Geography.GUYANE)).toList();

    /** Mentions of fictional collectivités: mention → {winners, eligible but ranked beyond the cap}. */
    static final Map<Integer, Map<String, int[]>> FICTIONAL_MENTIONS = Map.of(
            2021, mentions(0, 3, 0, 0, 0, 0, 0, 4),
            2022, mentions(5, 3, 3, 2, 6, 3, 9, 4),
            2023, mentions(4, 2, 3, 2, 2, 3, 7, 3),
            2024, mentions(6, 0, 4, 0, 5, 0, 8, 0));

    private static final double RETENTION = 0.82;
    private static final double RETURN = 0.3;

    private final Random random;
    private final FictionalNames names;
    private final List<Member> members = new ArrayList<>();

    private World(long seed) {
        this.random = new Random(seed);
        this.names = new FictionalNames(seed);
    }

    static World build(long seed) {
        World world = new World(seed);
        world.members.addAll(RealCollectivites.all());
        world.scriptExcellence();
        for (int year : YEARS) {
            world.chooseOrdinary(year);
            world.levelOrdinary(year);
        }
        for (int year : YEARS) {
            world.designateMentions(year);
        }
        return world;
    }

    /** The participants of an edition, by département then code. */
    List<Member> participants(int year) {
        return members.stream().filter(m -> m.takesPart(year))
                .sorted(Comparator.comparing((Member m) -> departementKey(m.collectivite.departement()))
                        .thenComparing(Member::code))
                .toList();
    }

    private static String departementKey(String departement) {
        return departement.startsWith("2A") || departement.startsWith("2B") ? "20" + departement.charAt(1)
                : departement;
    }

    // ------------------------------------------------------------ excellence stories

    private void scriptExcellence() {
        // 14 holders from 2021: 5@ up to 2020 (shown in 2020), awarded in 2021 (not shown), holders in
        // 2022 and 2023; in 2024 three are awarded again at 5@, five hold 4@, six do not take part.
        for (int i = 0; i < 14; i++) {
            CollectiviteType type = i == 12 ? INTERCOMMUNALITE : i == 13 ? VILLAGE : VILLE;
            Member m = fictional(type, Role.HOLDER_FROM_2021, REGIONS_2020::contains);
            inventBefore(m, Draw.between(random, 2004, 2009), Draw.between(random, 2012, 2016));
            m.at(2020, 5);
            m.offstage.put(2021, HistoryEntry.withExcellence(2021, 5));
            m.at(2022, Draw.chance(random, 0.75) ? 5 : 4);
            m.at(2023, Draw.chance(random, 0.75) ? 5 : 4);
            if (i < 3) {
                m.at(2024, 5);
                m.excellence.add(2024);
            } else if (i < 8) {
                m.at(2024, 4);
            }
        }
        // 11 awarded in 2022: their sixth 5@.
        CollectiviteType[] types2022 = {VILLE, VILLE, VILLE, VILLE, VILLE, VILLE, INTERCOMMUNALITE, VILLE, VILLAGE,
                VILLE, VILLE};
        for (int i = 0; i < 11; i++) {
            Member m = fictional(types2022[i], Role.AWARDED_2022, REGIONS_2020::contains);
            if (i < 7) {
                inventBefore(m, Draw.between(random, 2006, 2011), 2017);
                m.at(2020, 5).at(2021, 5);
            } else if (i < 9) {
                inventBefore(m, Draw.between(random, 2006, 2011), 2016);
                m.at(2020, 5);
            } else {
                inventBefore(m, Draw.between(random, 2006, 2010), 2015);
            }
            m.at(2022, 5);
            m.excellence.add(2022);
            m.at(2023, Draw.chance(random, 0.8) ? 5 : 4);
            if (i != 7 && i != 9) {
                m.at(2024, Draw.chance(random, 0.8) ? 5 : 4);
            }
        }
        // 4 awarded in 2023.
        for (int i = 0; i < 4; i++) {
            Member m = fictional(VILLE, Role.AWARDED_2023, REGIONS_2020::contains);
            inventBefore(m, Draw.between(random, 2008, 2012), 2018);
            m.at(2020, 5).at(2021, 5).at(2022, 5).at(2023, 5);
            m.excellence.add(2023);
            if (i != 3) {
                m.at(2024, Draw.chance(random, 0.8) ? 5 : 4);
            }
        }
        // 2 awarded in 2024 for the first time.
        for (CollectiviteType type : List.of(VILLE, INTERCOMMUNALITE)) {
            Member m = fictional(type, Role.AWARDED_2024, REGIONS_2020::contains);
            inventBefore(m, Draw.between(random, 2008, 2012), 2019);
            m.at(2020, 5).at(2021, 5).at(2022, 5).at(2023, 5).at(2024, 5);
            m.excellence.add(2024);
        }
    }

    /** Earlier results from {@code first} to 2019: climbing through 3@ and 4@, then 5@ from {@code firstFive}. */
    private void inventBefore(Member m, int first, int firstFive) {
        int level = Draw.between(random, 2, 3);
        for (int year = first; year < firstFive; year++) {
            if (year > first && Draw.chance(random, 0.12)) {
                continue;
            }
            m.earlier(year, level);
            if (level < 4 && Draw.chance(random, 0.35)) {
                level++;
            }
        }
        m.earlier(firstFive, 2019, 5);
    }

    // ------------------------------------------------------------ ordinary participants

    private void chooseOrdinary(int year) {
        Map<CollectiviteType, Integer> quota = new EnumMap<>(PARTICIPANTS.get(year));
        Map<String, Integer> regionQuota = REGIONS.getOrDefault(year, Map.of());
        Map<String, Integer> regionCount = new HashMap<>();
        for (Member m : members) {
            if (m.takesPart(year)) {
                quota.merge(m.collectivite.type(), -1, Integer::sum);
                regionCount.merge(m.collectivite.region(), 1, Integer::sum);
            }
        }
        List<Member> admitted = new ArrayList<>();
        if (year > YEARS.get(0)) {
            List<Member> candidates = new ArrayList<>();
            for (Member m : members) {
                if (m.role != Role.ORDINARY || m.takesPart(year)) {
                    continue;
                }
                boolean wasThere = m.takesPart(year - 1);
                boolean cameBefore = m.onstage.headMap(year).size() > 0;
                if ((wasThere && Draw.chance(random, RETENTION)) || (!wasThere && cameBefore
                        && Draw.chance(random, RETURN))) {
                    candidates.add(m);
                }
            }
            for (Member m : Draw.shuffled(random, candidates)) {
                String region = m.collectivite.region();
                boolean regionFull = regionQuota.containsKey(region)
                        && regionCount.getOrDefault(region, 0) >= regionQuota.get(region);
                if (quota.get(m.collectivite.type()) > 0 && !regionFull) {
                    quota.merge(m.collectivite.type(), -1, Integer::sum);
                    regionCount.merge(region, 1, Integer::sum);
                    admitted.add(m);
                }
            }
        }
        if (year == YEARS.get(0)) {
            for (String region : REGIONS_2020) {
                if (!regionCount.containsKey(region)) {
                    CollectiviteType type = drawType(quota);
                    quota.merge(type, -1, Integer::sum);
                    regionCount.merge(region, 1, Integer::sum);
                    newcomer(year, type, r -> r.equals(region));
                }
            }
        }
        // New participants fill the quotas, first where a published région count is not reached.
        Map<String, Integer> deficits = new LinkedHashMap<>();
        regionQuota.forEach((region, count) -> deficits.put(region, count - regionCount.getOrDefault(region, 0)));
        List<String> deficitRegions = new ArrayList<>(deficits.keySet());
        deficitRegions.sort(Comparator.naturalOrder());
        int needed = deficits.values().stream().mapToInt(Integer::intValue).sum();
        List<Member> movable = Draw.shuffled(random, admitted.stream()
                .filter(m -> !regionQuota.containsKey(m.collectivite.region())).toList());
        while (quota.values().stream().mapToInt(Integer::intValue).sum() < needed) {
            Member out = movable.remove(0);
            admitted.remove(out);
            quota.merge(out.collectivite.type(), 1, Integer::sum);
        }
        for (Member m : admitted) {
            m.onstage.put(year, 0);   // level chosen by levelOrdinary
        }
        for (String region : deficitRegions) {
            for (int i = 0; i < deficits.get(region); i++) {
                CollectiviteType type = drawType(quota);
                quota.merge(type, -1, Integer::sum);
                newcomer(year, type, r -> r.equals(region));
            }
        }
        for (CollectiviteType type : CollectiviteType.values()) {
            for (int i = quota.get(type); i > 0; i--) {
                newcomer(year, type, r -> !regionQuota.containsKey(r)
                        && (year != YEARS.get(0) || REGIONS_2020.contains(r)));
            }
        }
    }

    private CollectiviteType drawType(Map<CollectiviteType, Integer> quota) {
        List<CollectiviteType> types = List.of(CollectiviteType.values());
        return types.get(Draw.weighted(random, types.stream().map(t -> (double) Math.max(0, quota.get(t))).toList()));
    }

    private void newcomer(int year, CollectiviteType type, Predicate<String> region) {
        // In the first example edition most participants took part before; later, a few come back.
        boolean returning = Draw.chance(random, year == YEARS.get(0) ? 0.8 : 0.35);
        boolean lastYear = year == YEARS.get(0) && Draw.chance(random, 0.75);
        Member m = fictional(type, Role.ORDINARY, region);
        if (returning) {
            inventOrdinary(m, lastYear ? 2019 : Draw.between(random, 2012, year == YEARS.get(0) ? 2018 : 2019));
        }
        m.onstage.put(year, 0);
    }

    /**
     * Levels of the ordinary participants: mostly their last result, sometimes one step up or down
     * (rarely up to 5@), never a sixth 5@ (that would award the distinction outside the script).
     */
    private void levelOrdinary(int year) {
        for (Member m : members) {
            if (m.role != Role.ORDINARY || !m.takesPart(year)) {
                continue;
            }
            HistoryEntry last = m.lastBefore(year);
            int level;
            if (last == null) {
                level = firstLevel(m.collectivite.type());
            } else {
                level = step(last.arobases(), last.arobases() == 4 ? 0.06 : 0.15, 0.07);
                if (year - last.edition() > 2) {
                    level = step(level, level == 4 ? 0.03 : 0.1, 0.1);
                }
            }
            if (level == 5 && m.fivesBefore(year) + 1 >= Method.of(year).excellenceFives()) {
                level = 4;
            }
            m.onstage.put(year, level);
        }
    }

    private int step(int level, double up, double down) {
        double x = random.nextDouble();
        if (x < up) {
            return Math.min(5, level + 1);
        }
        if (x < up + down) {
            return Math.max(1, level - 1);
        }
        return level;
    }

    private int firstLevel(CollectiviteType type) {
        return 1 + switch (type) {
            case VILLAGE -> Draw.weighted(random, 0.25, 0.35, 0.28, 0.12);
            case VILLE -> Draw.weighted(random, 0.15, 0.3, 0.35, 0.2);
            case INTERCOMMUNALITE -> Draw.weighted(random, 0.12, 0.3, 0.38, 0.2);
        };
    }

    // ------------------------------------------------------------ mentions

    private void designateMentions(int year) {
        Map<String, int[]> plan = FICTIONAL_MENTIONS.get(year);
        if (plan == null) {
            return;
        }
        List<Member> pool = new ArrayList<>(Draw.shuffled(random, members.stream()
                .filter(m -> m.role == Role.ORDINARY && m.takesPart(year) && m.onstage.get(year) >= 3)
                .toList()));
        Map<String, Integer> catalogue = Method.of(year).catalogue();
        boolean capped = catalogue.values().stream().allMatch(cap -> cap != null);
        for (String mention : catalogue.keySet()) {
            int[] counts = plan.get(mention);
            for (int i = 0; i < counts[0]; i++) {
                int innovative = capped ? Draw.between(random, 3, 5) : Draw.between(random, 1, 4);
                pool.remove(0).mention(year, mention, innovative, innovative + Draw.between(random, 1, 5));
            }
            for (int i = 0; i < counts[1]; i++) {
                int innovative = Draw.between(random, 1, 2);
                pool.remove(0).mention(year, mention, innovative, Draw.between(random, 3, 6));
            }
        }
    }

    // ------------------------------------------------------------ fictional collectivités

    private Member fictional(CollectiviteType type, Role role, Predicate<String> region) {
        String departement = Geography.drawDepartement(random, region);
        int population = switch (type) {
            case VILLAGE -> logUniform(180, 3_400);
            case VILLE -> Draw.chance(random, 0.85) ? logUniform(3_600, 60_000) : logUniform(60_000, 240_000);
            case INTERCOMMUNALITE -> logUniform(12_000, 480_000);
        };
        Collectivite c = new Collectivite(names.code(departement), names.name(type, population), type, population,
                departement, Geography.regionOf(departement));
        Member m = new Member(c, role);
        members.add(m);
        return m;
    }

    /** Earlier results of an ordinary fictional collectivité, up to {@code last}: never 5@. */
    private void inventOrdinary(Member m, int last) {
        int first = Draw.between(random, 2003, Math.min(last, 2017));
        int level = firstLevel(m.collectivite.type());
        for (int year = first; year <= last; year++) {
            if (year > first && year < last && Draw.chance(random, 0.15)) {
                continue;
            }
            level = Math.min(4, level);
            m.earlier(year, level);
            level = step(level, 0.2, 0.05);
        }
    }

    private int logUniform(int low, int high) {
        return (int) Math.round(Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low))));
    }

    private static Map<CollectiviteType, Integer> byType(int villages, int villes, int intercommunalites) {
        Map<CollectiviteType, Integer> counts = new EnumMap<>(CollectiviteType.class);
        counts.put(VILLAGE, villages);
        counts.put(VILLE, villes);
        counts.put(INTERCOMMUNALITE, intercommunalites);
        return counts;
    }

    private static Map<String, int[]> mentions(int dlWin, int dlLose, int mnWin, int mnLose, int neWin, int neLose,
                                               int avWin, int avLose) {
        Map<String, int[]> plan = new LinkedHashMap<>();
        plan.put(Method.DEMOCRATIE_LOCALE, new int[]{dlWin, dlLose});
        plan.put(Method.MEDIATION_NUMERIQUE, new int[]{mnWin, mnLose});
        plan.put(Method.NUMERIQUE_EDUCATIF, new int[]{neWin, neLose});
        plan.put(Method.AROBASE_VERTE, new int[]{avWin, avLose});
        return plan;
    }
}
