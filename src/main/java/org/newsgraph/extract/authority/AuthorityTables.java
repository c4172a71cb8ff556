package org.newsgraph.extract.authority;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the bundled TSV tables written by {@code tools/gen-authority.py}: a header line starting with '#',
 * then tab-separated records whose list fields are '|'-separated.
 */
final class AuthorityTables {

    static final String DIR = "/org/newsgraph/extract/authority/";

    private AuthorityTables() {
    }

    static List<Country> countries() {
        return read("countries.tsv", f -> new Country(f[0], f[1], f[2], num(f[3]), f[4], list(f[5]), list(f[6]),
                f[7], num(f[8]), coord(f[9]), coord(f[10]), f[11], num(f[12]), coord(f[13]), coord(f[14])));
    }

    static List<City> cities() {
        return read("cities.tsv", f -> new City(num(f[0]), f[1], f[2], list(f[3]), coord(f[4]), coord(f[5]), f[6],
                f[7], f[8], num(f[9])));
    }

    static List<Region> regions() {
        return read("regions.tsv", f -> new Region(num(f[0]), f[1], list(f[2]), f[3], f[4], coord(f[5]), coord(f[6]),
                f[7], num(f[8])));
    }

    static List<Organisation> organisations() {
        return read("organisations.tsv", f -> new Organisation(f[0], f[1], list(f[2]), list(f[3])));
    }

    static List<Title> titles() {
        return read("titles.tsv", f -> new Title(f[0], "1".equals(f[1]), list(f[2])));
    }

    static List<String> ambiguousCityNames() {
        return read("ambiguous-city-names.txt", f -> f[0]);
    }

    static List<String> notCityNames() {
        return read("not-city-names.txt", f -> f[0]);
    }

    private static <T> List<T> read(String file, Function<String[], T> row) {
        InputStream in = AuthorityTables.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("authority table missing from the classpath: " + DIR + file);
        }
        List<T> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    out.add(row.apply(split(line, '\t')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read authority table " + file, e);
        }
        return out;
    }

    /** Splits keeping empty fields (String.split would drop trailing ones). */
    static String[] split(String s, char sep) {
        String[] parts = new String[16];
        int n = 0;
        int start = 0;
        while (true) {
            int i = s.indexOf(sep, start);
            if (n == parts.length) {
                parts = Arrays.copyOf(parts, n * 2);
            }
            parts[n++] = i < 0 ? s.substring(start) : s.substring(start, i);
            if (i < 0) {
                return Arrays.copyOf(parts, n);
            }
            start = i + 1;
        }
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : List.of(split(field, '|'));
    }

    private static long num(String field) {
        return field.isEmpty() ? 0L : Long.parseLong(field);
    }

    private static double coord(String field) {
        return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }
}
