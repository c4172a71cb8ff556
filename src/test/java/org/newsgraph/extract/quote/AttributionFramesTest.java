package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;

/** Frames and speakers added from PolNeAR error categories; one behaviour per test. */
class AttributionFramesTest {

    private final AttributionFinder finder = new AttributionFinder();

    private List<Attribution> find(String text) {
        return finder.find(CoreNlpAnalyzer.shared().analyze(text));
    }

    /** The attribution whose content contains {@code words}. */
    private static Attribution with(String text, List<Attribution> found, String words) {
        return found.stream().filter(a -> a.contentText(text).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with '" + words + "' in " + found));
    }

    private static String source(String text, Attribution a) {
        assertTrue(!a.sources().isEmpty(), "no source: " + a);
        return a.sources().get(0).span().of(text);
    }

    @Test
    void unpunctuatedLastSentenceIsReadLikeAPunctuatedOne() {
        // the adjunct after the cue ran past the last token and threw before this was guarded
        String t = "Eight people have been killed in Guatemala over the past 24 hours, the police said on Sunday";
        List<Attribution> bare = find(t);
        assertEquals(1, bare.size(), bare.toString());
        assertEquals(source(t + ".", find(t + ".").get(0)), source(t, bare.get(0)));
    }

    @Test
    void frameBeforeTheQuoteWinsOverTheNextSentence() {
        String t = "Lombardi said: “I’m not expecting anything.” Sanders has said he would be honored to meet him.";
        assertEquals("Lombardi", source(t, with(t, find(t), "not expecting")));
    }

    @Test
    void colonAfterAnyVerbIntroducesTheQuote() {
        String t = "In a Fox interview later that day, Trump went even further: “If he loses, it’s the end of his career.”";
        assertEquals("Trump", source(t, with(t, find(t), "end of his career")));
    }

    @Test
    void nameAndColonIntroduceTheQuote() {
        String t = "Kasich: “We are going all the way to Cleveland.”";
        assertEquals("Kasich", source(t, with(t, find(t), "all the way")));
    }

    @Test
    void coordinatedCueSharesTheSubjectOfTheVerbBeforeIt() {
        String t = "When asked whether he would serve, Mrs. Clinton shook her head and said, “No, not at all.”";
        assertEquals("Mrs. Clinton", source(t, with(t, find(t), "not at all")));
    }

    @Test
    void participleAfterAQuoteSharesItsSpeaker() {
        String t = "“We will win this state,” she said, adding, “The polls are simply wrong.”";
        assertEquals("she", source(t, with(t, find(t), "polls are simply wrong")));
    }

    @Test
    void relativeClauseBetweenSpeakerAndCue() {
        String t = "Mr. Kim, who was traveling in Europe this week, said that the plan would fail.";
        assertEquals("Mr. Kim", source(t, with(t, find(t), "the plan would fail")));
    }

    @Test
    void appositiveWithRelativeClauseBetweenSpeakerAndCue() {
        String t = "Douglas Brinkley, a historian who attended the session, recalled that the room fell silent.";
        assertEquals("Douglas Brinkley", source(t, with(t, find(t), "the room fell silent")));
    }

    @Test
    void mixedQuoteBeforeTheFrame() {
        String t = "Yet Trump is also a “change agent,” Cole said.";
        Attribution a = with(t, find(t), "change agent");
        assertEquals("Cole", source(t, a));
        assertTrue(a.contentText(t).startsWith("Yet Trump"), a.contentText(t));
    }

    @Test
    void parentheticalFrameTakesBothSidesOfTheClause() {
        String t = "South Carolina, he said, was the place where the campaign could still win.";
        Attribution a = with(t, find(t), "South Carolina");
        assertEquals(2, a.contentParts().size(), a.toString());
        assertTrue(a.contentText(t).contains("the place where"), a.contentText(t));
    }

    @Test
    void asReportedByNamesTheSource() {
        String t = "As reported by Western Journalism, the former secretary was told to protect the documents.";
        assertEquals("Western Journalism", source(t, with(t, find(t), "the former secretary")));
    }

    @Test
    void statementIssuedInADocumentSpeaksForItsIssuer() {
        String t = "The town released a statement Wednesday saying the comments were not based on facts.";
        assertEquals("The town", source(t, with(t, find(t), "the comments were not based")));
    }

    @Test
    void reportedSpeechWithoutASpeakerIsLeftOut() {
        String t = "Saying that the economy is weak would be a mistake for any candidate.";
        assertTrue(find(t).isEmpty(), find(t).toString());
    }

    @Test
    void namingParticipleIsNoCue() {
        String t = "Records show that a company called Sansun USA sold the car lot for $510,000.";
        assertTrue(find(t).stream().noneMatch(a -> "call".equals(a.cueLemma())), find(t).toString());
    }

    @Test
    void adjectivalParticipleIsNoCue() {
        String t = "He spoke about the so-called alt-right movement at length.";
        assertTrue(find(t).stream().noneMatch(a -> "call".equals(a.cueLemma())), find(t).toString());
    }

    @Test
    void leadingAdjunctIsNotReportedContent() {
        String t = "In another email from January, Clinton asked for the talking points.";
        assertTrue(find(t).stream().noneMatch(a -> a.contentText(t).startsWith("In another email")),
                find(t).toString());
    }

    @Test
    void particleVerbIsACue() {
        String t = "Sanders talked about the rigged economy for an hour.";
        assertEquals("Sanders", source(t, with(t, find(t), "the rigged economy")));
    }

    @Test
    void pronounSkipsAnAntecedentOfTheOtherGender() {
        String t = "Donald Trump met Hillary Clinton on Monday. She said the debate had been rigged.";
        Attribution a = with(t, find(t), "the debate had been rigged");
        assertEquals("Hillary Clinton", a.sources().get(0).speakerSpan().of(t));
    }

    @Test
    void dashAppositiveBetweenSpeakerAndCue() {
        String t = "Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.";
        assertEquals("Jason Sims", source(t, with(t, find(t), "last-minute decision")));
    }

    @Test
    void asFrameLeadsItsClause() {
        String t = "As Comey noted, people involved in the case could still be subject to sanctions.";
        Attribution a = with(t, find(t), "people involved");
        assertEquals("Comey", source(t, a));
        assertTrue(a.contentText(t).startsWith("people involved"), a.contentText(t));
    }

    @Test
    void commaAdjunctBetweenCueAndThatClause() {
        String t = "She also said, without evidence, that the videos were used to recruit radicals.";
        Attribution a = with(t, find(t), "the videos were used");
        assertTrue(a.contentText(t).startsWith("that the videos"), a.contentText(t));
    }
}
