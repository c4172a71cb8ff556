package org.newsgraph.extract.authority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled authority tables (countries, cities, international organisations, titles) with lookups by
 * name. Names are compared by their {@link Names#key key}, so case, diacritics, full stops and hyphens do not
 * matter ("U.S." = "us", "Secretary General" = "secretary-general").
 *
 * <p>Immutable and thread-safe. {@link #get()} loads the tables from the classpath once, on first use.
 */
public final class Authority {

    private final List<Country> countries;
    private final List<City> cities;
    private final List<Region> regions;
    private final List<Organisation> organisations;
    private final List<Title> titles;
    private final Map<String, Country> countryByIso2 = new HashMap<>();
    final Map<String, Country> countryByName = new HashMap<>();
    final Map<String, Country> countryByDemonym = new HashMap<>();
    final Map<String, List<City>> citiesByName = new HashMap<>(1 << 19);
    private final Map<Long, City> cityById = new HashMap<>(1 << 16);
    final Map<String, List<Region>> regionsByName = new HashMap<>();
    private final Map<String, List<Region>> regionsByCountryAdmin1 = new HashMap<>();
    final Map<String, Organisation> organisationByName = new HashMap<>();
    final Map<String, Title> titleByForm = new HashMap<>();
    final Set<String> ambiguousCityNames = new HashSet<>();
    final Set<String> notCityNames = new HashSet<>();

    private static final class Holder {
        static final Authority INSTANCE = load();
    }

    /** The shared instance, loaded on first call. */
    public static Authority get() {
        return Holder.INSTANCE;
    }

    /** Loads a fresh instance from the classpath; prefer {@link #get()}. */
    public static Authority load() {
        return new Authority(AuthorityTables.countries(), AuthorityTables.cities(), AuthorityTables.regions(),
                AuthorityTables.organisations(), AuthorityTables.titles(), AuthorityTables.ambiguousCityNames(),
                AuthorityTables.notCityNames());
    }

    Authority(List<Country> countries, List<City> cities, List<Region> regions, List<Organisation> organisations,
            List<Title> titles, List<String> ambiguous, List<String> notCities) {
        this.countries = List.copyOf(countries);
        this.cities = List.copyOf(cities);
        this.regions = List.copyOf(regions);
        for (Region r : this.regions) {
            List<String> names = new ArrayList<>(r.altNames());
            names.add(0, r.name());
            for (String n : names) {
                String k = Names.key(n);
                if (!k.isEmpty()) {
                    regionsByName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(r);
                }
            }
            if (!r.admin1().isEmpty()) { // continents and the regions news names hold no towns by code
                regionsByCountryAdmin1.computeIfAbsent(r.countryIso2() + "." + r.admin1(), x -> new ArrayList<>(1)).add(r);
            }
        }
        this.organisations = List.copyOf(organisations);
        this.titles = List.copyOf(titles);
        indexCountries();
        indexCities();
        for (Organisation o : this.organisations) {
            put(organisationByName, o.name(), o);
            o.abbreviations().forEach(a -> put(organisationByName, a, o));
            o.otherNames().forEach(n -> put(organisationByName, n, o));
        }
        for (Title t : this.titles) {
            put(titleByForm, t.label(), t);
            t.forms().forEach(f -> put(titleByForm, f, t));
        }
        ambiguous.forEach(a -> ambiguousCityNames.add(Names.key(a)));
        notCities.forEach(a -> notCityNames.add(Names.key(a)));
    }

    private void indexCountries() {
        for (Country c : countries) {
            countryByIso2.put(c.iso2(), c);
            put(countryByName, c.name(), c);
        }
        // the generator gives every key to one country; primary names still win over alternates here
        for (Country c : countries) {
            c.altNames().forEach(n -> put(countryByName, n, c));
            c.demonyms().forEach(d -> put(countryByDemonym, d, c));
        }
    }

    private void indexCities() {
        for (City c : cities) {
            cityById.put(c.geonamesId(), c);
            Set<String> keys = new HashSet<>();
            keys.add(Names.key(c.name()));
            keys.add(Names.key(c.asciiName()));
            c.altNames().forEach(n -> keys.add(Names.key(n)));
            for (String k : keys) {
                if (!k.isEmpty()) {
                    citiesByName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(c);
                }
            }
        }
        Comparator<City> byPopulation = Comparator.comparingLong(City::population).reversed()
                .thenComparingLong(City::geonamesId);
        citiesByName.replaceAll((k, list) -> {
            if (list.size() > 1) {
                list.sort(byPopulation);
            }
            return Collections.unmodifiableList(list);
        });
    }

    private static <T> void put(Map<String, T> map, String name, T value) {
        String k = Names.key(name);
        if (!k.isEmpty()) {
            map.putIfAbsent(k, value);
        }
    }

    /** The country with this name, alternate name or short form ("Poland", "U.S.", "Britain"). */
    public Optional<Country> country(String name) {
        return Optional.ofNullable(countryByName.get(Names.key(name)));
    }

    /** The country of a demonym or nationality adjective ("Polish", "Poles", "Belarussian"). */
    public Optional<Country> countryByDemonym(String adjective) {
        return Optional.ofNullable(countryByDemonym.get(Names.key(adjective)));
    }

    /** The country with this ISO 3166-1 alpha-2 code, any case. */
    public Optional<Country> countryByIso2(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countryByIso2.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** All places with this name or alternate name, most populous first; empty when none. */
    public List<City> cities(String name) {
        return citiesByName.getOrDefault(Names.key(name), List.of());
    }

    /** The place with this GeoNames id. */
    public Optional<City> city(long geonamesId) {
        return Optional.ofNullable(cityById.get(geonamesId));
    }

    /** All regions (states, provinces, continents) with this name or alternate name; empty when none. */
    public List<Region> regions(String name) {
        return regionsByName.getOrDefault(Names.key(name), List.of());
    }

    /** The first-level region a town lies in, if the tables name it. */
    public Optional<Region> regionOf(City city) {
        List<Region> r = regionsByCountryAdmin1.get(city.countryIso2() + "." + city.admin1());
        return r == null || r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** The organisation with this name, other name or abbreviation ("NATO", "European Union", "U.N."). */
    public Optional<Organisation> organisation(String nameOrAbbreviation) {
        return Optional.ofNullable(organisationByName.get(Names.key(nameOrAbbreviation)));
    }

    /** The title with this form ("Secretary General", "spokesman", "Defense Minister"). */
    public Optional<Title> title(String form) {
        return Optional.ofNullable(titleByForm.get(Names.key(form)));
    }

    /** Whether a city name is also a common word or given name ("Nice", "Reading", "Florence"). */
    public boolean isAmbiguousCityName(String name) {
        return ambiguousCityNames.contains(Names.key(name));
    }

    /** Whether a name is foremost a region ("Virginia", "Ontario") though some town bears it too. */
    public boolean isRegionName(String name) {
        return notCityNames.contains(Names.key(name));
    }

    public List<Country> countries() {
        return countries;
    }

    public List<City> allCities() {
        return cities;
    }

    public List<Region> regions() {
        return regions;
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    public List<Title> titles() {
        return titles;
    }
}
