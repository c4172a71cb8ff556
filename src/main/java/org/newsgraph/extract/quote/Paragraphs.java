package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Paragraphs (runs of text between line breaks) and the boilerplate test. Thread-safe. */
final class Paragraphs {

    /**
     * Paragraphs that are site furniture, not news: subscription notices, contact and sharing prompts, photo
     * credits, copyright lines.
     */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(subscri(be|ber|ption)|please contact us|contact us for|all rights reserved|copyright|©"
                    + "|^\\s*(photo|image|picture|file photo)\\s*(credit)?\\s*[:/]|\\((photo|image)[^)]*\\)\\s*$"
                    + "|click here|read (the rest|more) (here|at)|sign up (for|to)|follow us on"
                    + "|share this (article|story)|newsletter|website contains only)");

    private Paragraphs() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    out.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    static boolean isBoilerplate(String paragraph) {
        return BOILERPLATE.matcher(paragraph).find();
    }
}
