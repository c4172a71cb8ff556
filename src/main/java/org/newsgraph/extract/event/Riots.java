package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Token;

/**
 * Clashes between the police and a crowd are a riot: PLOVER's PROTEST in its violent mode (CAMEO 145), not an assault
 * by either side ("clashes between police and demonstrators", "youths clashed with police", "PPP supporters ...
 * clashing with security members"). The crowd protests and the police are its target, whichever side the sentence
 * names first. Stateless.
 */
final class Riots {

    /** Heads of the forces of order. */
    private static final Set<String> ORDER = Set.of("police", "policeman", "policemen", "officer", "officers", "security",
            "gendarme", "gendarmes", "troops", "soldiers", "army", "forces", "members", "guards");
    /** Heads of a crowd. */
    private static final Set<String> CROWD = Set.of("protester", "protesters", "protestor", "protestors", "demonstrator",
            "demonstrators", "youth", "youths", "supporter", "supporters", "rioter", "rioters", "mob", "mobs", "student",
            "students", "radicals", "fans", "crowd", "crowds", "marchers", "stonethrowers", "residents", "villagers");

    private Riots() {
    }

    /**
     * The event as a riot when it is a clash ("clash", "clashed", "clashing") between the police and a crowd; the event
     * itself otherwise.
     */
    static EventMention of(EventMention e, String body, List<Token> sentence) {
        if (!e.category().equals("ASSAULT") || !e.trigger().of(body).toLowerCase(Locale.ROOT).startsWith("clash")) {
            return e;
        }
        Mention a = e.actor();
        Mention r = e.recipient();
        Mention crowd = a == null || r == null ? null
                : is(CROWD, a, body) && is(ORDER, r, body) ? a : is(CROWD, r, body) && is(ORDER, a, body) ? r : null;
        if (crowd != null) {
            Mention order = crowd == a ? r : a;
            return new EventMention(e.trigger(), "PROTEST", "riot", crowd, List.of(crowd), order, e.time(), e.place(),
                    e.quantities(), e.statement(), e.modality(), e.confidence());
        }
        if (protestTold(sentence)) { // "the clashes broke out ... near where tens of thousands were holding a sit-in protest"
            return new EventMention(e.trigger(), "PROTEST", "riot", a, e.actors(), r, e.time(), e.place(),
                    e.quantities(), e.statement(), e.modality(), e.confidence());
        }
        return e;
    }

    /** Words by which a sentence tells of protest or a crowd's violence beside a clash. */
    private static final Set<String> PROTEST_WORDS = Set.of("protest", "protester", "protestor", "demonstration",
            "demonstrator", "demonstrate", "riot", "rioter", "rioting", "mob", "youths", "villager");

    /**
     * Whether the sentence tells of protesters, demonstrations, riots, a mob, youths or villagers: a clash in it is
     * theirs, a riot (the pool codes all 11 such sentences that it codes the clash of so).
     */
    private static boolean protestTold(List<Token> sentence) {
        for (Token k : sentence) {
            String w = k.word().toLowerCase(Locale.ROOT);
            if (PROTEST_WORDS.contains(Moods.lemma(k).toLowerCase(Locale.ROOT)) && !w.equals("youth") // ("youth groups")
                    || PROTEST_WORDS.contains(w) || PROTEST_WORDS.contains(w.replaceAll("s$", ""))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention's last word, or the word right after it ("PPP supporters", "CUD supporters"), is one of {@code heads}. */
    private static boolean is(Set<String> heads, Mention m, String body) {
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        if (heads.contains(words[words.length - 1])) {
            return true;
        }
        java.util.regex.Matcher next = NEXT_WORD.matcher(body).region(Math.min(m.end(), body.length()), body.length());
        return next.lookingAt() && heads.contains(next.group(1).toLowerCase(Locale.ROOT));
    }

    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("\\s+([A-Za-z]+)");

    /** A protest whose participle tells its demands: "protests demanding". */
    private static final Set<String> PROTEST_SIGNS = Set.of("protest", "protests", "demonstration", "demonstrations", "rally",
            "rallies", "march", "marches", "strike", "strikes", "sit-in");

    /** Heads of a crowd that protests by its very name (students and residents may petition or vote). */
    private static final Set<String> PROTESTERS = Set.of("protester", "protesters", "protestor", "protestors", "demonstrator",
            "demonstrators", "rioter", "rioters", "mob", "mobs", "crowd", "crowds", "marchers");

    /**
     * The demands of a crowd as it protests are its protest (PLOVER's PROTEST, "demonstrate ... demanding"), not a request
     * of its own: a request in the progressive or a participle ("demanding", "calling for", "urging") whose actor is a
     * crowd ("demonstrators were calling for the cessation of violence", "protestors calling for the government to
     * resign") or that follows a protest ("several protests demanding a solution"). The pool and the read sets code 6 such sentences as a protest and none as a request. Null when
     * the sentence already tells of the protest (in {@code others}), so that it is not told twice; the event itself when it
     * is no such demand.
     */
    static EventMention crowdsDemand(EventMention e, String body, List<Token> sentence, List<EventMention> others) {
        if (!e.category().equals("REQUEST")) {
            return e;
        }
        int at = -1;
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.get(i).begin() == e.trigger().begin()) {
                at = i;
            }
        }
        if (at < 1 || !sentence.get(at).pos().equals("VBG")) {
            return e;
        }
        Token before = sentence.get(at - 1);
        boolean sign = PROTEST_SIGNS.contains(before.word().toLowerCase(Locale.ROOT));
        boolean crowd = e.actor() != null && is(PROTESTERS, e.actor(), body) && !before.pos().equals("IN"); // not "arrested for calling for"
        if (!sign && !crowd) {
            return e;
        }
        if (others.stream().anyMatch(o -> o != e && o.category().equals("PROTEST"))) {
            return null;
        }
        return new EventMention(e.trigger(), "PROTEST", "demonstrate", e.actor(), e.actors(), e.recipient(), e.time(), e.place(),
                e.quantities(), e.statement(), e.modality(), e.confidence());
    }
}
