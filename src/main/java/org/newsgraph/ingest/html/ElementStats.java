package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Running totals for one element of the page, linked to its parent's, so that a block can add to all its
 * ancestors by following pointers instead of hashing every ancestor. Mutable; one tree per page and thread.
 */
final class ElementStats {

    final Element element;
    final ElementStats parent;
    /** Non-space chars of all blocks inside. */
    double chars;
    /** Sum of the positive weights of the non-furniture blocks inside. */
    double good;
    /** Sum of the final weights of all blocks inside: the container score. */
    double score;
    /** What the element's tag and names say, null until asked. */
    Hints.Furniture kind;
    /** Whether this element (not its ancestors) makes its text furniture, null until decided. */
    Boolean furniture;

    private ElementStats(Element element, ElementStats parent) {
        this.element = element;
        this.parent = parent;
    }

    boolean isInside(ElementStats ancestor) {
        for (ElementStats s = this; s != null; s = s.parent) {
            if (s == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The stats of the elements of one subtree, created on first use. */
    static final class Tree {
        private final Map<Element, ElementStats> byElement = new IdentityHashMap<>();
        private final ElementStats root;

        Tree(Element root) {
            this.root = new ElementStats(root, null);
            byElement.put(root, this.root);
        }

        ElementStats root() {
            return root;
        }

        /** The stats of {@code e}, which must lie inside the tree's root. Iterative: pages nest deeply. */
        ElementStats of(Element e) {
            ElementStats known = byElement.get(e);
            if (known != null) {
                return known;
            }
            List<Element> missing = new ArrayList<>();
            Element x = e;
            while (x != null && known == null) {
                missing.add(x);
                x = x.parent();
                known = x == null ? null : byElement.get(x);
            }
            ElementStats parent = known;
            for (int i = missing.size() - 1; i >= 0; i--) {
                parent = new ElementStats(missing.get(i), parent);
                byElement.put(missing.get(i), parent);
            }
            return parent;
        }

        Iterable<ElementStats> all() {
            return byElement.values();
        }
    }
}
