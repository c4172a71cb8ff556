package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queries users run: {@code .rq} files from {@code queries/}, bundled in the program and looked up by
 * name, or any {@code .rq} file the user names. A query's header comment says what it answers; lines
 * {@code # @param name  description} declare the parameters it takes.
 */
public final class CannedQueries {

    /** A query text with its declared parameters and its header comment. */
    public record Canned(String name, String text, List<String> parameters, String description) {
    }

    private static final Pattern PARAM = Pattern.compile("^#\\s*@param\\s+(\\w+)", Pattern.MULTILINE);
    public static final List<String> BUNDLED = List.of("articles", "who-said-what", "quotes-about", "top-actors",
            "places", "timeline", "co-mentions", "entity-profile", "statements-by-medium", "accusations", "dyads",
            "events-near");

    private CannedQueries() {
    }

    /** A bundled query by name, or a query file by path. */
    public static Canned load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(file)) {
            try {
                return parse(file.getFileName().toString().replaceAll("\\.rq$", ""), Files.readString(file));
            } catch (IOException e) {
                throw new StoreException("cannot read query file " + file + ": " + e.getMessage(), e);
            }
        }
        String name = nameOrFile.replaceAll("\\.rq$", "");
        try (InputStream in = CannedQueries.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) {
                throw new StoreException("no query named '" + nameOrFile + "' (and no such .rq file); bundled queries: "
                        + String.join(", ", available()));
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot read bundled query " + name + ": " + e.getMessage(), e);
        }
    }

    /** Names of the bundled queries that are present in this build. */
    public static List<String> available() {
        List<String> out = new ArrayList<>();
        for (String n : BUNDLED) {
            if (CannedQueries.class.getResource("/queries/" + n + ".rq") != null) {
                out.add(n);
            }
        }
        return out;
    }

    static Canned parse(String name, String text) {
        List<String> params = new ArrayList<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            params.add(m.group(1));
        }
        StringBuilder description = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            description.append(line.replaceFirst("^#\\s?", "")).append('\n');
        }
        return new Canned(name, text, List.copyOf(params), description.toString().strip());
    }
}
