package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.extract.authority.AuthorityRecord;
import org.newsgraph.extract.authority.City;
import org.newsgraph.extract.authority.Country;
import org.newsgraph.extract.authority.Names;
import org.newsgraph.extract.authority.Region;

/**
 * Chooses among places of the same name (towns, first-level regions, continents, a country) using the
 * article's context rather than the name alone. Each candidate scores the logarithm of its population
 * (a region's is the sum of its towns'), plus:
 * <ul>
 *   <li>20 when the text right after the mention names its country or region ("Paris, Texas",
 *       "Paris, Tenn.", "Dublin, Ohio");</li>
 *   <li>4 when another toponym of the article lies in the same first-level region, and 3 when another
 *       lies in the same country (other mentions of the same name do not count);</li>
 *   <li>1.5 for a national capital or a country (the usual reading of a bare name).</li>
 * </ul>
 * A state or province after a town name where no town of that name lies leaves the mention unresolved
 * ("Paris, Tenn." when the tables hold no Paris in Tennessee).
 * So "Georgia" is the country unless the article also names American places, "Virginia" the state rather
 * than the South African town, and a town in the state the article is about beats a bigger namesake.
 *
 * <p>One instance per article; not thread-safe.
 */
final class Places {

    private final Authority authority;
    /** Country code and "country.admin1" key of each context toponym, with the names that put them there. */
    private final Map<String, Set<String>> countries = new HashMap<>();
    private final Map<String, Set<String>> regions = new HashMap<>();

    /** Keys of the names some mention of which is used as a town's (see {@link PlaceCues#isTownUsage}). */
    private final Set<String> townUsed = new HashSet<>();

    Places(Authority authority) {
        this.authority = authority;
    }

    /**
     * Records that a mention of this name is used as a town's, which then holds for every mention of the
     * name in the article (one sense per story).
     */
    void addTownUsage(String name) {
        townUsed.add(Names.key(name));
    }

    /** Records a country the article names (or whose nationality or government it names). */
    void addCountryContext(String iso2, String name) {
        countries.computeIfAbsent(iso2, k -> new HashSet<>()).add(Names.key(name));
    }

    /**
     * Records a toponym of the article as context when its reading is unambiguous: exactly one town or
     * region of that name.
     */
    void addPlaceContext(String name) {
        List<AuthorityRecord> all = candidates(name, null);
        if (all.size() != 1) {
            return;
        }
        String key = Names.key(name);
        if (all.get(0) instanceof City c) {
            countries.computeIfAbsent(c.countryIso2(), k -> new HashSet<>()).add(key);
            regions.computeIfAbsent(c.countryIso2() + "." + c.admin1(), k -> new HashSet<>()).add(key);
        } else if (all.get(0) instanceof Region r && !r.isContinent()) {
            countries.computeIfAbsent(r.countryIso2(), k -> new HashSet<>()).add(key);
            regions.computeIfAbsent(r.countryIso2() + "." + r.admin1(), k -> new HashSet<>()).add(key);
        }
    }

    /**
     * Records the first reading chosen for a toponym as context for the others (spatial coherence: the
     * towns of one local story lie in one state). Towns and regions count, and a country for its own
     * country ("Georgia" read as the country); continents are too large to say where a town is.
     */
    void addChosenContext(String name, AuthorityRecord chosen) {
        String key = Names.key(name);
        if (chosen instanceof City c) {
            countries.computeIfAbsent(c.countryIso2(), k -> new HashSet<>()).add(key);
            regions.computeIfAbsent(c.countryIso2() + "." + c.admin1(), k -> new HashSet<>()).add(key);
        } else if (chosen instanceof Region r && !r.isContinent()) {
            countries.computeIfAbsent(r.countryIso2(), k -> new HashSet<>()).add(key);
            regions.computeIfAbsent(r.countryIso2() + "." + r.admin1(), k -> new HashSet<>()).add(key);
        } else if (chosen instanceof Country c) {
            countries.computeIfAbsent(c.iso2(), k -> new HashSet<>()).add(key);
        }
    }

    /** The towns and regions of this name (most populous towns first), and the country if one has it. */
    List<AuthorityRecord> candidates(String name, Country country) {
        List<AuthorityRecord> out = new ArrayList<>(authority.cities(name));
        for (Region r : authority.regions(name)) {
            if (!name.contains(".") || PlaceCues.isDottedFormOf(name, r)) {
                out.add(r);
            }
        }
        if (country != null) {
            out.add(country);
        }
        return out;
    }

    /**
     * The best reading of a mention, or null when there is none.
     *
     * @param followingText the text right after the mention (for ", Country" or ", State")
     */
    AuthorityRecord choose(String name, List<AuthorityRecord> candidates, String followingText) {
        return choose(name, candidates, "", followingText);
    }

    /**
     * The best reading of a mention, or null when there is none.
     *
     * @param precedingText the text right before the mention (for a street address or a person's age)
     * @param followingText the text right after the mention (for ", Country" or ", State")
     */
    AuthorityRecord choose(String name, List<AuthorityRecord> candidates, String precedingText, String followingText) {
        Country namedCountry = null;
        List<Region> namedRegions = List.of();
        String q = PlaceCues.qualifier(followingText);
        if (q != null) {
            // the longest run of up to four words that names a country or region: "Texas" in "Texas and ..."
            String[] words = q.split(" +");
            for (int n = Math.min(4, words.length); n > 0 && namedCountry == null && namedRegions.isEmpty(); n--) {
                if (n < words.length && !words[n].isEmpty() && Character.isUpperCase(words[n].charAt(0))) {
                    continue; // "Panama" in "Panama City": part of a longer name
                }
                String phrase = String.join(" ", java.util.Arrays.copyOf(words, n));
                namedCountry = authority.country(phrase).orElse(null);
                namedRegions = authority.regions(phrase);
                if ((namedCountry != null || !namedRegions.isEmpty())
                        && (n < words.length ? PEOPLE_AFTER.contains(words[n]) : listGoesOn(followingText, q))) {
                    namedCountry = null; // "in Kinshasa, US officials said": the country names the officials'
                    namedRegions = List.of(); // "Bangkok, Dhaka, Hyderabad": a list of towns, not Bangkok in Dhaka
                    break;
                }
            }
        }
        String self = Names.key(name);
        if ((namedCountry != null || !namedRegions.isEmpty()) && candidates.stream().allMatch(r -> r instanceof City)) {
            // "Paris, Tenn." where the tables hold no Paris in Tennessee: not Paris, France; "Surrey, UK" is
            // not Surrey, British Columbia. Only for towns before a country or state: "China, Japan and Korea"
            // and "Texas, Oklahoma" are lists, not qualifiers.
            Country nc = namedCountry;
            List<Region> nr = namedRegions;
            if (candidates.stream().noneMatch(r -> isIn(r, nc, nr))) {
                return null;
            }
        }
        Region region = regionReading(self, candidates, precedingText, followingText, namedRegions);
        if (region != null) {
            return region;
        }
        AuthorityRecord best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean someBears = candidates.stream().anyMatch(r -> bearsName(r, self));
        for (AuthorityRecord r : candidates) {
            double s = score(r, self, namedCountry, namedRegions) - (someBears && !bearsName(r, self) ? ALIAS_PENALTY : 0);
            if (s > bestScore) {
                best = r;
                bestScore = s;
            }
        }
        if (namedCountry != null || !namedRegions.isEmpty()) {
            return best;
        }
        boolean townUsage = townUsed.contains(self) || PlaceCues.isTownUsage(precedingText, followingText);
        if (best instanceof Country c && !inContext(countries.get(c.iso2()), self) && townUsage) {
            return townNamesake(candidates, self);
        }
        return coherent(best, self, candidates, townUsage);
    }

    /**
     * The town a country's name means when used as a town's: the only town of that name in the tables if
     * the article names its country, else none ("Palestine" in a story naming the U.S. is Palestine, Texas;
     * "Lebanon" could be any of five American towns).
     */
    private AuthorityRecord townNamesake(List<AuthorityRecord> candidates, String self) {
        List<City> towns = candidates.stream().filter(r -> r instanceof City).map(r -> (City) r).toList();
        if (towns.size() == 1 && inContext(countries.get(towns.get(0).countryIso2()), self)) {
            return towns.get(0);
        }
        return null;
    }

    /**
     * Spatial coherence: a reading in a country the article does not otherwise name is doubted when the
     * name has namesakes elsewhere.
     * <ul>
     *   <li>When the other toponyms lie in one country (see {@link #homeCountry}) and a place of the name lies
     *       there too, the foreign reading is most likely wrong ("Dublin", "Paris" or "Palestine" in a story
     *       from Ohio, Illinois or Texas). A namesake region is then the reading ("Georgia" in an American
     *       story); a namesake town is not, as the story's town may be a smaller one the tables lack, so the
     *       mention gets no reading rather than a point on the wrong continent. The same holds for a name
     *       that is foremost a region the tables lack ("Suffolk" in a British story is not Suffolk, Virginia).
     *   <li>A town with a namesake of comparable size in another region of its country, where the article
     *       names neither region, gets no reading (see {@link #isTossUp}).
     *   <li>A town name of several towns used as a town's (see {@link PlaceCues#isTownUsage}) whose
     *       reading lies in a country the article does not name while it names another gets no reading
     *       ("a Paris girl" in a story naming Tennessee).
     *   <li>When the article names no other place at all, a town name borne by towns in several countries
     *       gets no reading unless its most populous bearer is {@value #LONE_NAME_DOMINANCE} times as
     *       populous as any abroad ("Los Angeles" alone is the American city, "Richmond" alone is anyone's).
     * </ul>
     */
    private AuthorityRecord coherent(AuthorityRecord best, String self, List<AuthorityRecord> candidates,
            boolean townUsage) {
        String cc = countryOf(best);
        if (best instanceof City town && isTossUp(town, self, candidates)) {
            return null;
        }
        if (cc == null || inContext(countries.get(cc), self)) {
            return best;
        }
        if (best instanceof City town && countries.values().stream().allMatch(v -> v.size() == 1 && v.contains(self))) {
            long abroad = candidates.stream().filter(r -> r instanceof City c && !c.countryIso2().equals(cc))
                    .mapToLong(r -> ((City) r).population()).max().orElse(0);
            return abroad > 0 && (townUsage || town.population() < LONE_NAME_DOMINANCE * abroad) ? null : best;
        }
        if (townUsage && best instanceof City && candidates.stream().filter(r -> r instanceof City).count() > 1
                && countries.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(cc) && inContext(e.getValue(), self))) {
            return null;
        }
        String home = homeCountry(self);
        if (home == null || home.equals(cc)) {
            return best;
        }
        AuthorityRecord namesake = null;
        for (AuthorityRecord r : candidates) {
            if (home.equals(countryOf(r)) && bearsName(r, self) && (namesake == null || r instanceof Region)) {
                namesake = r;
            }
        }
        if (namesake == null) {
            return best instanceof City && authority.isRegionName(self) ? null : best;
        }
        return namesake instanceof Region ? namesake : null;
    }

    /** People a country's name describes right after a town and a comma: "in Kinshasa, US officials said". */
    private static final Set<String> PEOPLE_AFTER = Set.of("officials", "official", "diplomats", "diplomat", "sources",
            "troops", "forces", "soldiers", "police", "authorities", "leaders", "envoy", "spokesman", "spokeswoman",
            "president", "minister", "ministers", "officers", "analysts", "experts", "media", "lawmakers", "negotiators");

    /**
     * Whether the words after a town, a comma and the qualifier {@code q} go on with another town's name after a
     * comma ("Bangkok, Dhaka, Hyderabad"): a list, so the middle name qualifies nothing.
     */
    private boolean listGoesOn(String following, String q) {
        int at = following.indexOf(q);
        if (at < 0) {
            return false;
        }
        java.util.regex.Matcher m = NEXT_NAME.matcher(following.substring(at + q.length()));
        return m.lookingAt() && !authority.cities(m.group(1)).isEmpty() && authority.country(m.group(1)).isEmpty()
                && authority.regions(m.group(1)).isEmpty();
    }

    private static final java.util.regex.Pattern NEXT_NAME = java.util.regex.Pattern.compile(",\\s*(\\p{Lu}[\\p{L}-]+)");

    /**
     * Whether a reading bears the name as its own (or as the first words of its own: "Frankfurt am Main"), not only
     * as one of the foreign forms a town's alternate names hold: Albany, New York lists "Albania" and Frankfort,
     * Illinois "Frankfurt", but neither is a home namesake of the country or the German city.
     */
    private static boolean bearsName(AuthorityRecord r, String self) {
        if (!(r instanceof City c)) {
            return true; // the country and region tables hold English names only
        }
        String name = Names.key(c.name());
        return name.equals(self) || Names.key(c.asciiName()).equals(self) || name.startsWith(self + " ");
    }

    /**
     * What reading a name only through a town's foreign alternate name costs when some other reading bears it as its
     * own ("Frankfurt" is Frankfurt am Main before Frankfort, Kentucky, even in a story naming the U.S.; "Albania" the
     * country before Albany): more than the article naming the town's country adds.
     */
    private static final double ALIAS_PENALTY = 4;

    /**
     * Whether a town has a namesake of comparable size (more than half its population) in another region of
     * its country while the article names the region of none of them: "Springfield" or "Decatur" in a story
     * that names no state is a toss-up, and a wrong state's town is worse than none.
     */
    private boolean isTossUp(City town, String self, List<AuthorityRecord> candidates) {
        boolean regionKnown = candidates.stream().anyMatch(r -> r instanceof City c
                && inContext(regions.get(c.countryIso2() + "." + c.admin1()), self));
        return !regionKnown && candidates.stream().anyMatch(r -> r instanceof City c
                && c.countryIso2().equals(town.countryIso2()) && !c.admin1().equals(town.admin1())
                && TOSS_UP_RATIO * c.population() > town.population());
    }

    /** A namesake town more populous than the best's population divided by this makes the name a toss-up. */
    static final int TOSS_UP_RATIO = 2;

    /** How many times as populous as any foreign namesake a town must be to be read from its name alone. */
    static final int LONE_NAME_DOMINANCE = 20;

    /**
     * The region a name means when the text says so, though a town of the name may score higher:
     * "Washington state" and "the state of Washington"; a name in a list of regions of the region's
     * country ("Utah, Washington and Wisconsin", "Ohio, Oregon, South Carolina"); and a name that is foremost
     * a region ("Oregon", "Wyoming") unless its town lies in a country the article names and the region does
     * not ("Victoria" in a Canadian story). Null when none of these holds.
     */
    private Region regionReading(String self, List<AuthorityRecord> candidates, String preceding, String following,
            List<Region> namedRegions) {
        List<Region> regions = candidates.stream().filter(r -> r instanceof Region g && !g.isContinent())
                .map(r -> (Region) r).toList();
        if (regions.isEmpty()) {
            return null;
        }
        Region top = regions.stream().max(java.util.Comparator.comparingDouble(r -> score(r, self, null, List.of())))
                .orElseThrow();
        if (PlaceCues.saysState(preceding, following)) {
            return top;
        }
        // a region named right after is a list neighbour unless some town of the name lies in it ("Washington, D.C.")
        if (candidates.stream().anyMatch(c -> c instanceof City t && namedRegions.stream()
                .anyMatch(n -> n.countryIso2().equals(t.countryIso2()) && n.admin1().equals(t.admin1())))) {
            return null;
        }
        List<Region> neighbours = new ArrayList<>(namedRegions);
        for (String phrase : PlaceCues.listedBefore(preceding)) {
            neighbours.addAll(authority.regions(phrase));
        }
        for (Region r : regions) {
            if (neighbours.stream()
                    .anyMatch(n -> n != r && !n.isContinent() && n.countryIso2().equals(r.countryIso2()))) {
                return r;
            }
        }
        if (namedRegions.isEmpty() && authority.isRegionName(self)) {
            Region r = top;
            boolean townBacked = candidates.stream().anyMatch(c -> c instanceof City t
                    && !t.countryIso2().equals(r.countryIso2()) && inContext(countries.get(t.countryIso2()), self));
            if (!townBacked || inContext(countries.get(r.countryIso2()), self)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether the article names another country but not that of a reading: "West Bank" in a story on Israel
     * is not Bank, India, while "South Philadelphia" in an American story is a part of Philadelphia.
     */
    boolean isOutOfPlace(AuthorityRecord r, String name) {
        String cc = countryOf(r);
        String self = Names.key(name);
        return cc != null && !inContext(countries.get(cc), self)
                && countries.entrySet().stream().anyMatch(e -> !e.getKey().equals(cc) && inContext(e.getValue(), self));
    }

    /** The country of a town, region or country; null for a continent. */
    private static String countryOf(AuthorityRecord r) {
        if (r instanceof City c) {
            return c.countryIso2();
        }
        if (r instanceof Region g) {
            return g.isContinent() ? null : g.countryIso2();
        }
        return r instanceof Country c ? c.iso2() : null;
    }

    /**
     * The country where the article's other toponyms lie: named by at least two other names and by more
     * than twice as many as any other country. Null when the article has no such centre.
     */
    private String homeCountry(String self) {
        String best = null;
        int bestN = 0;
        int second = 0;
        for (Map.Entry<String, Set<String>> e : countries.entrySet()) {
            int n = e.getValue().size() - (e.getValue().contains(self) ? 1 : 0);
            if (n > bestN) {
                second = bestN;
                best = e.getKey();
                bestN = n;
            } else if (n > second) {
                second = n;
            }
        }
        return bestN >= 2 && bestN > 2 * second ? best : null;
    }

    private double score(AuthorityRecord rec, String self, Country namedCountry, List<Region> namedRegions) {
        String cc;
        String admin1;
        double s;
        if (rec instanceof City c) {
            cc = c.countryIso2();
            admin1 = c.admin1();
            s = Math.log10(c.population() + 10.0) + (c.isCapital() ? 1.5 : 0);
        } else if (rec instanceof Region r) {
            if (r.isContinent()) {
                return 10;
            }
            cc = r.countryIso2();
            admin1 = r.admin1();
            s = Math.log10(r.population() + 10.0);
        } else if (rec instanceof Country c) {
            cc = c.iso2();
            admin1 = null;
            s = Math.log10(c.population() + 10.0) + 1.5;
        } else {
            return Double.NEGATIVE_INFINITY;
        }
        if (isIn(rec, namedCountry, namedRegions)) {
            s += 20;
        }
        if (admin1 != null && inContext(regions.get(cc + "." + admin1), self)) {
            s += 4;
        }
        if (inContext(countries.get(cc), self)) {
            s += 3;
        }
        return s;
    }

    /** Whether a reading lies in the country or one of the regions a qualifier names. */
    private static boolean isIn(AuthorityRecord rec, Country namedCountry, List<Region> namedRegions) {
        String cc = countryOf(rec);
        String admin1 = rec instanceof City c ? c.admin1() : rec instanceof Region g ? g.admin1() : null;
        return cc != null && (namedCountry != null && namedCountry.iso2().equals(cc) || admin1 != null
                && namedRegions.stream().anyMatch(r -> r.countryIso2().equals(cc) && r.admin1().equals(admin1)));
    }

    private static boolean inContext(Set<String> names, String self) {
        return names != null && (names.size() > 1 || !names.contains(self));
    }
}
