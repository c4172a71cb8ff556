package org.newsgraph.extract.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the bundled tables against the reference files they were generated from (skips without them). */
class AuthorityTablesTest {

    private static final Path REF = Path.of("../shared/reference");
    private static final Authority A = Authority.get();

    /** The documented fixes of country-codes.csv (SOURCES.md) and the added Kosovo. */
    private static final Map<String, String> FIXED_QIDS = Map.of("NA", "Q1030", "EH", "Q6250", "NL", "Q55", "XK", "Q1246");

    @BeforeAll
    static void needsReference() {
        Assumptions.assumeTrue(Files.isDirectory(REF), "../shared/reference absent");
    }

    @Test
    void everyIsoCountryHasItsWikidataId() throws IOException {
        List<String> lines = Files.readAllLines(REF.resolve("country-codes.csv"), StandardCharsets.UTF_8);
        List<String> header = csv(lines.get(0));
        int iso2 = header.indexOf("ISO3166-1-Alpha-2");
        int qid = header.indexOf("wikidata_id");
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csv(line);
            String code = f.get(iso2);
            String want = FIXED_QIDS.getOrDefault(code, f.get(qid).replaceAll(".*/", ""));
            Country c = A.countryByIso2(code).orElseThrow(() -> new AssertionError("missing " + code));
            assertEquals(want, c.qid(), code);
            n++;
        }
        assertEquals(249, n);
    }

    @Test
    void everyCountryHasTheGeoNamesIdOfGeoNames() throws IOException {
        int n = 0;
        for (String line : Files.readAllLines(REF.resolve("geonames-countryInfo.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (A.countryByIso2(f[0]).isPresent()) {
                assertEquals(Long.parseLong(f[16]), A.countryByIso2(f[0]).get().geonamesId(), f[0]);
                n++;
            }
        }
        assertTrue(n >= 250, "countries checked: " + n);
    }

    @Test
    void everyGeoNamesCityIsBundledWithItsCoordinates() throws IOException {
        int n = 0;
        try (ZipFile zip = new ZipFile(REF.resolve("geonames-cities15000.zip").toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith(".txt")).findFirst().orElseThrow();
            String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    continue;
                }
                City c = A.city(Long.parseLong(f[0])).orElseThrow(() -> new AssertionError("missing city " + f[0]));
                assertEquals(Double.parseDouble(f[4]), c.lat(), 1e-4, f[0]);
                assertEquals(Double.parseDouble(f[5]), c.lon(), 1e-4, f[0]);
                assertEquals(f[8], c.countryIso2(), f[0]);
                n++;
            }
        }
        assertEquals(A.allCities().size(), n);
    }

    @Test
    void knownCountries() {
        assertCountry("Poland", "PL", "Q36", 798544);
        assertCountry("Belarus", "BY", "Q184", 630336);
        assertCountry("Iraq", "IQ", "Q796", 99237);
        assertCountry("Afghanistan", "AF", "Q889", 1149361);
        assertCountry("Syria", "SY", "Q858", 163843);
        assertCountry("Kosovo", "XK", "Q1246", 831053);
        assertCountry("Namibia", "NA", "Q1030", 3355338);
        assertCountry("Netherlands", "NL", "Q55", 2750405);
        assertCountry("Western Sahara", "EH", "Q6250", 2461445);
    }

    private static void assertCountry(String name, String iso2, String qid, long geonames) {
        Country c = A.country(name).orElseThrow(() -> new AssertionError("no country " + name));
        assertEquals(iso2, c.iso2());
        assertEquals(qid, c.qid());
        assertEquals(geonames, c.geonamesId());
    }

    @Test
    void capitalsComeFromGeoNames() {
        Country pl = A.countryByIso2("PL").orElseThrow();
        assertEquals("Warsaw", pl.capital());
        assertEquals(756135, pl.capitalGeonamesId());
        assertEquals(52.23, pl.capitalLat(), 0.01);
        // Natural Earth has a wrong GeoNames id for Prague; GeoNames' own is used
        assertEquals(3067696, A.countryByIso2("CZ").orElseThrow().capitalGeonamesId());
        assertEquals(2800866, A.countryByIso2("BE").orElseThrow().capitalGeonamesId());
    }

    @Test
    void knownOrganisations() {
        Map<String, String> want = new HashMap<>();
        want.put("NATO", "Q7184");
        want.put("EU", "Q458");
        want.put("United Nations", "Q1065");
        want.put("OSCE", "Q81299");
        want.put("African Union", "Q7159");
        want.put("ASEAN", "Q7768");
        want.put("WHO", "Q7817");
        want.put("IMF", "Q7804");
        want.put("World Bank", "Q7164");
        want.put("North Atlantic Treaty Organization", "Q7184");
        want.put("G20", "Q19771");
        want.forEach((name, qid) -> assertEquals(qid, A.organisation(name).orElseThrow(
                () -> new AssertionError("no organisation " + name)).qid(), name));
    }

    /** A minimal RFC 4180 field splitter for one line (the reference CSV has no line breaks in fields). */
    private static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }
}
