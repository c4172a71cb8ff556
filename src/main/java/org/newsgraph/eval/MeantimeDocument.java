package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One MEANTIME article in CAT XML: the text rebuilt from its tokens (one space between tokens, a blank
 * line between sentences, so the title and date lines stand alone) and its named entity mentions of
 * type PER, ORG or LOC with char spans into that text.
 *
 * <p>A mention's type is the {@code ent_type} of the entity instance its {@code REFERS_TO} link points to.
 * MEANTIME annotates full extents (determiners, modifiers, appositions: "U.S. automaker Chrysler") and
 * nominal and pronominal mentions too. A name tagger is scored on the named ones: syntactic type NAM or
 * PRE.NAM, or, where the type was left empty (common in the cross-document files), mentions with a
 * capitalised word that is not a determiner or pronoun. Conjunctions and appositions (CONJ, APP) are
 * left out because their parts are annotated on their own, and a mention that contains a named mention
 * of the same type and instance counts once, as the inner one ("GM" in "US automaker GM"). Only the fully
 * annotated part counts (see {@link #LAST_ANNOTATED_SENTENCE}): {@code annotatedEnd} is its end offset.
 */
record MeantimeDocument(String id, String text, List<Gold> mentions, int annotatedEnd) {

    /**
     * The last sentence MEANTIME annotates in full: the title (0), the date line (1) and the first four
     * sentences of the story. Measured on the dev files: 95-99% of the capitalised words inside a sentence
     * are inside some markable in sentences 0-5, 22-28% after, where only markables carried over from the
     * cross-document annotation remain. Scoring stops there for gold and system alike.
     */
    static final int LAST_ANNOTATED_SENTENCE = 5;

    /** A gold mention: char span (end exclusive), type (PER, ORG, LOC) and its surface text. */
    record Gold(int begin, int end, String type, String text) {
    }

    static final Set<String> TYPES = Set.of("PER", "ORG", "LOC");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "it",
            "its", "we", "our", "us", "they", "their", "them", "he", "his", "him", "she", "her", "i", "you", "your",
            "who", "which", "some", "all", "both", "one", "another", "other", "company", "firm");

    static MeantimeDocument read(Path file) throws IOException {
        Document xml = SafeXml.parse(file);
        Element root = xml.getDocumentElement();
        StringBuilder text = new StringBuilder();
        Map<String, int[]> span = new HashMap<>();
        Map<String, String> word = new HashMap<>();
        NodeList tokens = root.getElementsByTagName("token");
        String sentence = null;
        int annotatedEnd = 0;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            String s = t.getAttribute("sentence");
            if (sentence != null) {
                text.append(s.equals(sentence) ? " " : "\n\n");
            }
            sentence = s;
            int b = text.length();
            text.append(t.getTextContent());
            span.put(t.getAttribute("t_id"), new int[] {b, text.length(), i});
            word.put(t.getAttribute("t_id"), t.getTextContent());
            if (Integer.parseInt(s) <= LAST_ANNOTATED_SENTENCE) {
                annotatedEnd = text.length();
            }
        }
        Element markables = (Element) root.getElementsByTagName("Markables").item(0);
        Map<String, String> instanceType = new HashMap<>();
        Map<String, String> instanceId = new HashMap<>();
        NodeList entities = markables.getElementsByTagName("ENTITY");
        for (int i = 0; i < entities.getLength(); i++) {
            Element e = (Element) entities.item(i);
            instanceType.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
            instanceId.put(e.getAttribute("m_id"), e.getAttribute("instance_id"));
        }
        Map<String, String> refersTo = new HashMap<>();
        NodeList links = root.getElementsByTagName("REFERS_TO");
        for (int i = 0; i < links.getLength(); i++) {
            Element r = (Element) links.item(i);
            String target = ((Element) r.getElementsByTagName("target").item(0)).getAttribute("m_id");
            NodeList sources = r.getElementsByTagName("source");
            for (int k = 0; k < sources.getLength(); k++) {
                refersTo.put(((Element) sources.item(k)).getAttribute("m_id"), target);
            }
        }
        List<Candidate> named = new ArrayList<>();
        NodeList ms = markables.getElementsByTagName("ENTITY_MENTION");
        for (int i = 0; i < ms.getLength(); i++) {
            Element m = (Element) ms.item(i);
            String target = refersTo.get(m.getAttribute("m_id"));
            String type = target == null ? null : instanceType.get(target);
            NodeList anchors = m.getElementsByTagName("token_anchor");
            if (type == null || !TYPES.contains(type) || anchors.getLength() == 0) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < anchors.getLength(); k++) {
                ids.add(((Element) anchors.item(k)).getAttribute("t_id"));
            }
            String syn = m.getAttribute("syntactic_type");
            if (!isNamed(syn, ids, word)) {
                continue;
            }
            int b = Integer.MAX_VALUE;
            int e = -1;
            for (String id : ids) {
                b = Math.min(b, span.get(id)[0]);
                e = Math.max(e, span.get(id)[1]);
            }
            if (e <= annotatedEnd) {
                named.add(new Candidate(b, e, type, instanceId.get(target)));
            }
        }
        List<Gold> gold = new ArrayList<>();
        for (Candidate c : named) {
            boolean holdsInner = named.stream().anyMatch(o -> o != c && o.type.equals(c.type) && o.instance.equals(c.instance)
                    && o.begin >= c.begin && o.end <= c.end && o.end - o.begin < c.end - c.begin);
            boolean duplicate = gold.stream().anyMatch(g -> g.begin() == c.begin && g.end() == c.end && g.type().equals(c.type));
            if (!holdsInner && !duplicate) {
                gold.add(new Gold(c.begin, c.end, c.type, text.substring(c.begin, c.end)));
            }
        }
        String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
        return new MeantimeDocument(id, text.toString(), gold, annotatedEnd);
    }

    private record Candidate(int begin, int end, String type, String instance) {
    }

    static boolean isNamed(String syntacticType, List<String> tokenIds, Map<String, String> word) {
        if (syntacticType.equals("NAM") || syntacticType.equals("PRE.NAM")) {
            return true;
        }
        if (!syntacticType.isEmpty()) {
            return false;
        }
        for (String id : tokenIds) {
            String w = word.get(id);
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && !NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
