package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trigger lexicon read from the resource {@code triggers.txt} beside this class: rules in order, named word
 * lists and mode refinements (the file's header explains its format). Immutable once read; thread-safe.
 */
final class TriggerTable {

    private final List<Triggers.Rule> rules = new ArrayList<>();
    private final Map<String, String> definitions = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> refinements = new HashMap<>();

    private TriggerTable() {
    }

    /**
     * The table shipped with the sources, closed over the derivations shipped beside it (see {@link Closure}), with the
     * WordNet verbs ({@link WordNetVerbs}) as its last, lowest-priority rules. For trying a change to the rules
     * without a build, the system property {@code newsgraph.triggerTable} may name a file read instead of the shipped
     * {@code triggers.txt}.
     */
    static TriggerTable load() {
        String file = System.getProperty("newsgraph.triggerTable");
        List<String> rules;
        try {
            rules = file == null ? resource("triggers.txt") : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(rules, derivations(resource("derivations.txt")), resource("wordnet-verbs.txt"));
    }

    /**
     * Parses a table as {@link #parse(List, Map)} does, then appends the bare verb rules of the WordNet lexicon lines
     * {@code wordnet} after all other rules, leaving out the lemmas that head one of them: a written rule always wins.
     */
    static TriggerTable parse(List<String> lines, Map<String, Set<String>> nouns, List<String> wordnet) {
        TriggerTable table = parse(lines, nouns);
        Set<String> heads = new java.util.HashSet<>();
        for (Triggers.Rule r : table.rules) {
            heads.addAll(r.pattern().headWords());
        }
        for (String entry : WordNetVerbs.entries(wordnet, heads)) {
            table.add(entry);
        }
        return table;
    }

    static List<String> resource(String name) {
        try (InputStream in = TriggerTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Noun lemmas by verb lemma from lines "verb noun|noun" ("#" comments and blank lines skipped). */
    static Map<String, Set<String>> derivations(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\\s+");
            if (f.length != 2) {
                throw new IllegalArgumentException("expected 'verb noun|noun': " + line);
            }
            out.computeIfAbsent(f[0], k -> new java.util.LinkedHashSet<>()).addAll(List.of(f[1].split("\\|")));
        }
        return out;
    }

    /** Parses the lines of a table without closure; throws IllegalArgumentException naming the line of a malformed entry. */
    static TriggerTable parse(List<String> lines) {
        return parse(lines, null);
    }

    /**
     * Parses the lines of a table, then appends the entries {@link Closure} derives from its verb rules through
     * {@code nouns} (noun lemmas by verb lemma), after all written ones; no closure when {@code nouns} is null.
     */
    static TriggerTable parse(List<String> lines, Map<String, Set<String>> nouns) {
        TriggerTable table = new TriggerTable();
        List<String> entries = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && !entries.isEmpty()) {
                String more = line.strip();
                int last = entries.size() - 1;
                entries.set(last, entries.get(last) + (more.startsWith("|") ? "" : " ") + more);
            } else {
                entries.add(line.strip());
                numbers.add(n + 1);
            }
        }
        for (int e = 0; e < entries.size(); e++) {
            try {
                table.add(entries.get(e));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("triggers line " + numbers.get(e) + ": " + ex.getMessage(), ex);
            }
        }
        for (String derived : nouns == null ? List.<String>of() : table.closure(entries, nouns)) {
            table.add(derived);
        }
        return table;
    }

    private void add(String entry) {
        String[] f = entry.split("\\s+", 5);
        switch (f[0]) {
            case "define" -> definitions.put(f[1], expand(entry.split("\\s+", 3)[2].replace(" ", "")));
            case "refine" -> {
                for (String w : f[3].split("\\|")) {
                    refinements.computeIfAbsent(f[1], k -> new HashMap<>()).put(w, f[2]);
                }
            }
            default -> {
                if (f.length < 5 || !(f[2].equals("verb") || f[2].equals("noun"))) {
                    throw new IllegalArgumentException("expected CATEGORY mode verb|noun need pattern: " + entry);
                }
                Triggers.Need need = f[3].equals("-") ? Triggers.Need.NOTHING : Triggers.Need.valueOf(f[3]);
                TokenPattern pattern = new TokenPattern(expand(f[4]));
                if (pattern.firstWords() == null) {
                    throw new IllegalArgumentException("a trigger pattern must start with words: " + entry);
                }
                rules.add(new Triggers.Rule(f[0], f[1].equals("-") ? null : f[1], pattern, f[2].equals("noun"), need));
            }
        }
    }

    /** The entries {@link Closure} derives from the verb rules among {@code entries}, in table order. */
    private List<String> closure(List<String> entries, Map<String, Set<String>> nouns) {
        List<String> out = new ArrayList<>();
        for (String entry : entries) {
            String[] f = entry.split("\\s+", 5);
            if (f.length == 5 && f[2].equals("verb")) {
                out.addAll(Closure.derive(f[0], f[1], f[3], expand(f[4]), nouns));
            }
        }
        return out;
    }

    /** The pattern with each {@code $NAME} replaced by its definition. */
    private String expand(String pattern) {
        String out = pattern;
        for (Map.Entry<String, String> d : definitions.entrySet()) {
            out = out.replace("$" + d.getKey(), d.getValue());
        }
        if (out.matches("(?s).*\\$[A-Z].*")) {
            throw new IllegalArgumentException("undefined word list in " + pattern);
        }
        return out;
    }

    List<Triggers.Rule> rules() {
        return rules;
    }

    /** The alternatives of a named word list, or an empty set. */
    Set<String> words(String name) {
        String d = definitions.get(name);
        return d == null ? Set.of() : Set.of(d.split("\\|"));
    }

    /** Mode by lemma for one category's refinements (empty when it has none). */
    Map<String, String> refinements(String category) {
        return refinements.getOrDefault(category, Map.of());
    }
}
