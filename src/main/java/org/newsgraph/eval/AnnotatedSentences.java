package org.newsgraph.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * The sentences of event sets whose events carry their trigger words ({@code "trigger"}), each run through the whole
 * pipeline as the event scorer runs it, for the trainers of the learned event models. Sentences with an event that
 * lacks the trigger field are skipped (their words would be taught as no trigger). Lines are read by
 * {@link EventSetLines}, so the text may be stand-off. Not thread-safe.
 */
final class AnnotatedSentences {

    /** One gold event: its category and participants' names (null when the text names none), and its trigger span. */
    record GoldEvent(String category, List<String> actor, List<String> recipient, int begin, int end) {
    }

    /** One sentence: its JSON object, the pipeline's extraction of it, and its gold events that have trigger words. */
    record Annotated(JsonObject json, Extraction extraction, List<GoldEvent> events, boolean doubtful) {
    }

    /** Counts for the trainers' reports. */
    int sentences;
    int skipped;
    int triggers;
    int unaligned;

    private final ArticleProcessor processor = new ArticleProcessor(CoreNlpAnalyzer.shared());

    /** Runs each usable sentence of the files through the pipeline and hands it on. */
    void read(List<Path> files, Consumer<Annotated> each) throws IOException {
        for (Path f : files) {
            for (JsonObject o : EventSetLines.read(f)) {
                String text = o.get("text").getAsString();
                List<GoldEvent> events = new ArrayList<>();
                boolean complete = true;
                for (JsonElement e : o.getAsJsonArray("events")) {
                    JsonObject ev = e.getAsJsonObject();
                    if (!ev.has("trigger")) {
                        complete = false;
                    } else if (!ev.get("trigger").isJsonNull()) {
                        String trig = ev.get("trigger").getAsString();
                        int at = text.indexOf(trig);
                        triggers++;
                        if (at < 0) {
                            unaligned++;
                        } else {
                            events.add(new GoldEvent(ev.get("category").getAsString(), EventScorer.names(ev.get("actor")),
                                    EventScorer.names(ev.get("recipient")), at, at + trig.length()));
                        }
                    }
                }
                if (!complete) {
                    skipped++;
                    continue;
                }
                sentences++;
                Article article = new Article(o.get("id").getAsString(), null, null, "", null, List.of(), null, null,
                        o.get("date").getAsString(), null, "en", null, -1, 0, text);
                each.accept(new Annotated(o, processor.link(article).extraction(), events, o.has("doubtful")));
            }
        }
    }
}
