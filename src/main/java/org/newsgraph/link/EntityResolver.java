package org.newsgraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Reference;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.extract.authority.AuthorityRecord;
import org.newsgraph.extract.authority.City;
import org.newsgraph.extract.authority.Country;
import org.newsgraph.extract.authority.Organisation;
import org.newsgraph.extract.authority.Region;

/**
 * Merges the mentions of one article into entities and links them, offline, to the authority tables:
 * countries, nationalities and governments to their country (Wikidata and GeoNames), cities to GeoNames
 * (chosen by context), organisations to Wikidata. A person's surname alone joins the full name mentioned in
 * the same article ("Stoltenberg" -> "Jens Stoltenberg"); descriptions join what they describe.
 *
 * <p>Keys are stable across articles ("wikidata:Q36", "geonames:2800866", "person:jens stoltenberg"), so
 * the same thing gets the same IRI wherever it is mentioned. Thread-safe.
 */
public final class EntityResolver {

    private static final Set<MentionType> PLACE_TYPES =
            Set.of(MentionType.COUNTRY, MentionType.CITY, MentionType.PLACE);

    private final Authority authority;

    public EntityResolver(Authority authority) {
        this.authority = authority;
    }

    public LinkedArticle resolve(Extraction x) {
        Resolution r = new Resolution(x);
        for (Mention m : x.mentions()) {
            r.resolve(m);
        }
        for (Reference ref : x.findings(Reference.class)) {
            String key = r.entityOf.get(ref.antecedent());
            if (key != null) {
                r.entityOf.put(ref.description(), key);
                r.entities.get(key).names.add(ref.description().text());
            }
        }
        List<Entity> entities = new ArrayList<>();
        r.entities.values().forEach(b -> entities.add(b.build()));
        return new LinkedArticle(x, entities, r.entityOf);
    }

    /** The work on one article. */
    private final class Resolution {
        final Extraction x;
        final Map<String, Builder> entities = new LinkedHashMap<>();
        final Map<Mention, String> entityOf = new HashMap<>();
        final List<Mention> persons;
        final Places places = new Places(authority);

        Resolution(Extraction x) {
            this.x = x;
            this.persons = x.mentions().stream().filter(m -> m.type() == MentionType.PERSON).toList();
            for (Mention m : x.mentions()) {
                if (!isSharedCountryName(m)) {
                    countryOf(m).ifPresent(c -> places.addCountryContext(c.iso2(), m.text()));
                }
                if ((m.type() == MentionType.CITY || m.type() == MentionType.PLACE)
                        && !PlaceCues.isPartOfLongerName(after(m, 20))) {
                    places.addPlaceContext(displayName(m.text()));
                }
                if (PLACE_TYPES.contains(m.type()) && PlaceCues.isTownUsage(before(m, 40), after(m, 40))) {
                    places.addTownUsage(displayName(m.text()));
                }
            }
            // a first reading of every toponym, then each is read again with the others' first readings as context
            Map<Mention, AuthorityRecord> first = new LinkedHashMap<>();
            for (Mention m : x.mentions()) {
                if (m.type() == MentionType.CITY || m.type() == MentionType.PLACE || isSharedCountryName(m)) {
                    AuthorityRecord r = choosePlace(m);
                    if (r != null) {
                        first.put(m, r);
                    }
                }
            }
            first.forEach((m, r) -> places.addChosenContext(displayName(m.text()), r));
        }

        /**
         * Whether a country mention's name is borne by some town or region too ("Georgia", "Palestine"): it is
         * then read in context like a town's, and counts as context only by the reading chosen.
         */
        private boolean isSharedCountryName(Mention m) {
            return m.type() == MentionType.COUNTRY
                    && (!authority.regions(m.text()).isEmpty() || !authority.cities(m.text()).isEmpty());
        }

        private AuthorityRecord choosePlace(Mention m) {
            String name = displayName(m.text());
            List<AuthorityRecord> candidates = places.candidates(name, authority.country(name).orElse(null));
            if (candidates.isEmpty() && m.authorityId() != null && m.authorityId().startsWith("city:")) {
                authority.city(Long.parseLong(m.authorityId().substring(5))).ifPresent(candidates::add);
            }
            if (PlaceCues.isPartOfLongerName(after(m, 20))) {
                return null;
            }
            AuthorityRecord best = places.choose(name, candidates, before(m, 40), after(m, 40));
            if (best instanceof City && PlaceCues.isInsideLongerName(before(m, 20), after(m, 20))
                    && places.isOutOfPlace(best, name)) {
                return null;
            }
            return best;
        }

        /** Up to {@code n} chars of the body right before the mention. */
        private String before(Mention m, int n) {
            return x.article().body().substring(Math.max(0, m.begin() - n), m.begin());
        }

        /** Up to {@code n} chars of the body right after the mention. */
        private String after(Mention m, int n) {
            String text = x.article().body();
            return text.substring(m.end(), Math.min(text.length(), m.end() + n));
        }

        void resolve(Mention m) {
            switch (m.type()) {
                case PERSON -> {
                    String name = fullNameFor(m, persons);
                    put(m, new Builder("person:" + normalise(name), EntityKind.PERSON, name));
                }
                case COUNTRY -> countryOf(m).ifPresentOrElse(c -> {
                    if (!isSharedCountryName(m)) {
                        put(m, country(c));
                    } else {
                        place(m);
                    }
                }, () -> put(m, new Builder("place:" + normalise(m.text()), EntityKind.PLACE, m.text())));
                case NATIONALITY -> countryOf(m).ifPresentOrElse(c -> put(m, country(c)),
                        () -> put(m, new Builder("place:" + normalise(m.text()), EntityKind.PLACE, m.text())));
                case GOVERNMENT -> countryOf(m).ifPresent(c -> {
                    Builder country = country(c);
                    entities.putIfAbsent(country.key, country);
                    Builder g = new Builder("government:" + c.iso2().toLowerCase(Locale.ROOT), EntityKind.GOVERNMENT,
                            "Government of " + c.name());
                    g.governmentOf = country.key;
                    put(m, g);
                });
                case CITY, PLACE -> place(m);
                case ORGANISATION -> organisation(m);
                case GROUP -> put(m, new Builder("group:" + normalise(m.text()), EntityKind.GROUP, m.text()));
                default -> {
                    // titles, pronouns and descriptions name no entity of their own
                }
            }
        }

        /** A toponym: the town, region, continent or country of that name that fits the article best. */
        private void place(Mention m) {
            String name = displayName(m.text());
            AuthorityRecord best = choosePlace(m);
            if (best instanceof City city) {
                put(m, city(city));
                return;
            }
            if (best instanceof Region region) {
                put(m, region(region));
                return;
            }
            if (best instanceof Country c) {
                put(m, country(c));
                return;
            }
            Optional<Organisation> o = authority.organisation(name);
            if (o.isPresent()) {
                put(m, orgEntity(o.get()));
                return;
            }
            put(m, new Builder("place:" + normalise(name), EntityKind.PLACE, name));
        }

        private void organisation(Mention m) {
            String name = m.authorityId() != null && m.authorityId().startsWith("org:")
                    ? m.authorityId().substring(4) : m.text().replaceAll("['’]s$", "");
            Optional<Organisation> o = authority.organisation(name);
            if (o.isPresent()) {
                put(m, orgEntity(o.get()));
            } else {
                put(m, new Builder("organisation:" + normalise(name), EntityKind.ORGANISATION, name));
            }
        }

        private Optional<Country> countryOf(Mention m) {
            if (m.authorityId() != null && m.authorityId().startsWith("country:")) {
                return authority.countryByIso2(m.authorityId().substring(8));
            }
            return switch (m.type()) {
                case COUNTRY -> authority.country(m.text());
                case NATIONALITY -> authority.countryByDemonym(m.text());
                case GOVERNMENT -> authority.countryByDemonym(m.text().split("\\s+")[0])
                        .or(() -> authority.country(m.text().split("['’\\s]")[0]));
                default -> Optional.empty();
            };
        }

        private void put(Mention m, Builder b) {
            Builder existing = entities.putIfAbsent(b.key, b);
            Builder e = existing == null ? b : existing;
            if (m.type() != MentionType.NATIONALITY && m.type() != MentionType.GOVERNMENT) {
                e.names.add(m.text().replaceAll("['’]s$", ""));
            }
            if (existing != null && e.kind == EntityKind.PERSON && b.name.length() > e.name.length()) {
                e.name = b.name;
            }
            entityOf.put(m, e.key);
        }
    }

    private static Builder country(Country c) {
        Builder b = new Builder(c.qid().isEmpty() ? "country:" + c.iso2() : "wikidata:" + c.qid(), EntityKind.COUNTRY, c.name());
        b.wikidata = c.qid().isEmpty() ? null : c.qid();
        b.geonames = c.geonamesId() > 0 ? Long.toString(c.geonamesId()) : null;
        if (c.hasCoordinates()) {
            b.latitude = c.lat();
            b.longitude = c.lon();
        }
        b.score = 1.0;
        return b;
    }

    /** A region or continent: keyed by its GeoNames id when the tables have it, else by country and admin1 code. */
    private static Builder region(Region r) {
        String key = r.geonamesId() > 0 ? "geonames:" + r.geonamesId()
                : r.admin1().isEmpty() ? "region:" + normalise(r.name()) // "Darfur", "Middle East"
                : "region:" + r.countryIso2().toLowerCase(Locale.ROOT) + "." + r.admin1().toLowerCase(Locale.ROOT);
        Builder b = new Builder(key, EntityKind.PLACE, r.name());
        b.geonames = r.geonamesId() > 0 ? Long.toString(r.geonamesId()) : null;
        b.latitude = r.lat();
        b.longitude = r.lon();
        b.score = 1.0;
        return b;
    }

    private Builder city(City city) {
        String qid = authority.countryByIso2(city.countryIso2())
                .filter(c -> c.capitalGeonamesId() == city.geonamesId() && !c.capitalQid().isEmpty())
                .map(Country::capitalQid).orElse(null);
        Builder b = new Builder(qid != null ? "wikidata:" + qid : "geonames:" + city.geonamesId(), EntityKind.CITY, city.name());
        b.wikidata = qid;
        b.geonames = Long.toString(city.geonamesId());
        b.latitude = city.lat();
        b.longitude = city.lon();
        b.score = 1.0;
        return b;
    }

    private static Builder orgEntity(Organisation o) {
        boolean linked = o.qid() != null && !o.qid().isEmpty();
        Builder b = new Builder(linked ? "wikidata:" + o.qid() : "organisation:" + normalise(o.name()),
                EntityKind.ORGANISATION, o.name());
        b.wikidata = linked ? o.qid() : null;
        b.score = linked ? 1.0 : null;
        return b;
    }

    /** The longest person name in the article that ends (or starts) with this mention's words. */
    static String fullNameFor(Mention m, List<Mention> persons) {
        String best = m.text().replaceAll("['’]s$", "");
        String norm = normalise(best);
        for (Mention other : persons) {
            String o = normalise(other.text());
            if (o.length() > normalise(best).length() && (o.endsWith(" " + norm) || o.startsWith(norm + " "))) {
                best = other.text().replaceAll("['’]s$", "");
            }
        }
        return best;
    }

    /** "BRUSSELS" -> "Brussels": names written in capitals (datelines) in their usual case; acronyms stay. */
    static String displayName(String s) {
        if (s.length() <= 4 || !s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** Lower case, no diacritics, no possessive, single spaces. */
    public static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return n.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Builder {
        final String key;
        final EntityKind kind;
        String name;
        final TreeSet<String> names = new TreeSet<>();
        String wikidata;
        String geonames;
        Double latitude;
        Double longitude;
        String governmentOf;
        Double score;

        Builder(String key, EntityKind kind, String name) {
            this.key = key;
            this.kind = kind;
            this.name = name;
        }

        Entity build() {
            names.remove(name);
            names.removeIf(n -> n.equalsIgnoreCase(name) && !n.equals(n.toUpperCase(Locale.ROOT)));
            return new Entity(key, kind, name, names, wikidata, geonames, latitude, longitude, governmentOf, score);
        }
    }
}
