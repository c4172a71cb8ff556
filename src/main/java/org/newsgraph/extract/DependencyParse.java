package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Universal Dependencies parse of one sentence. Token positions are indices into the sentence's token list
 * (0-based, sentence-relative, not {@link Token#index()}); the root's head is -1.
 *
 * @param head     for each token, the position of its head in the basic tree, or -1 for the root
 * @param relation for each token, the label of the arc from its head ("nsubj", "obj", "obl", "root", ...)
 * @param enhanced the arcs of the enhanced++ graph: subjects propagated into conjuncts, relative clauses and
 *                 controlled complements, case words folded into labels ("obl:against", "nmod:of", "obl:agent");
 *                 a token may have several heads here
 */
public record DependencyParse(int[] head, String[] relation, List<Arc> enhanced) {

    /** One labelled arc from {@code head} to {@code dependent}. */
    public record Arc(int head, int dependent, String relation) {
    }

    public DependencyParse {
        if (head.length != relation.length) {
            throw new IllegalArgumentException("one head and one relation per token");
        }
        head = head.clone();
        relation = relation.clone();
        enhanced = List.copyOf(enhanced);
    }

    /** The number of tokens parsed. */
    public int size() {
        return head.length;
    }

    /** The basic head of token {@code i}, or -1. */
    public int headOf(int i) {
        return head[i];
    }

    /** The basic relation of token {@code i} to its head. */
    public String relationOf(int i) {
        return relation[i];
    }

    /** The enhanced++ arcs whose head is {@code i}. */
    public List<Arc> dependents(int i) {
        return arcs(a -> a.head() == i);
    }

    /** The enhanced++ arcs whose dependent is {@code i}. */
    public List<Arc> governors(int i) {
        return arcs(a -> a.dependent() == i);
    }

    private List<Arc> arcs(Predicate<Arc> which) {
        List<Arc> out = new ArrayList<>();
        for (Arc a : enhanced) {
            if (which.test(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The enhanced++ dependents of {@code i} whose label is {@code relation} or starts with {@code relation + ":"}. */
    public List<Integer> dependents(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Arc a : enhanced) {
            if (a.head() == i && (a.relation().equals(relation) || a.relation().startsWith(relation + ":"))) {
                out.add(a.dependent());
            }
        }
        return out;
    }
}
