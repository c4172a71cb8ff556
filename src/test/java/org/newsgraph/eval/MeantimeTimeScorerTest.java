package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.time.TimeFinder;
import org.newsgraph.extract.time.TimeMention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MeantimeTimeScorerTest {

    /** Value-F1 on MEANTIME times after the third round of time rules (0.787), less 0.005. */
    private static final double MIN_VALUE_F1 = 0.782;

    private static final String ARTICLE = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
            <token number="0" sentence="0" t_id="1">GM</token>
            <token number="1" sentence="0" t_id="2">sales</token>
            <token number="2" sentence="0" t_id="3">fall</token>
            <token number="3" sentence="1" t_id="4">May</token>
            <token number="4" sentence="1" t_id="5">14</token>
            <token number="5" sentence="1" t_id="6">,</token>
            <token number="6" sentence="1" t_id="7">2009</token>
            <token number="7" sentence="2" t_id="8">GM</token>
            <token number="8" sentence="2" t_id="9">'s</token>
            <token number="9" sentence="2" t_id="10">sales</token>
            <token number="10" sentence="2" t_id="11">fell</token>
            <token number="11" sentence="2" t_id="12">on</token>
            <token number="12" sentence="2" t_id="13">Wednesday</token>
            <token number="13" sentence="2" t_id="14">.</token>
            <Markables>
            <TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2009-05-13"><token_anchor t_id="13"/></TIMEX3>
            <TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2009-05-14">
            <token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/>
            </TIMEX3>
            </Markables>
            </Document>
            """;

    @Test
    void readsTimexGoldAndBlanksTheDateLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("1_x.xml");
        Files.writeString(file, ARTICLE);
        TimeMlDocument doc = MeantimeTimeScorer.read(file);
        assertEquals(LocalDate.of(2009, 5, 14), doc.creation());
        assertEquals("GM sales fall\n\n            \n\nGM's sales fell on Wednesday.", doc.text());
        assertEquals(1, doc.gold().size());
        TimeMention g = doc.gold().get(0);
        assertEquals("Wednesday", g.text());
        assertEquals("2009-05-13", g.value());
    }

    @Test
    void valueF1OnMeantime() throws Exception {
        assumeTrue(Files.isDirectory(MeantimeTimeScorer.DEFAULT_DIR), "MEANTIME not available");
        TimeBankScorer.Result r = MeantimeTimeScorer.score(MeantimeTimeScorer.DEFAULT_DIR, new TimeFinder(), null);
        assertTrue(r.gold() > 300, "expected the full corpus, got " + r.gold() + " gold mentions");
        assertTrue(r.valueF1() >= MIN_VALUE_F1, "value-F1 " + r.valueF1());
    }
}
