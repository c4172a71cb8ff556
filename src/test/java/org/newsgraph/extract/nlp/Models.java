package org.newsgraph.extract.nlp;

/** One analyzer for the whole test run: loading the models takes seconds. */
public final class Models {
    private static CoreNlpAnalyzer analyzer;

    private Models() {
    }

    public static synchronized CoreNlpAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new CoreNlpAnalyzer();
        }
        return analyzer;
    }
}
