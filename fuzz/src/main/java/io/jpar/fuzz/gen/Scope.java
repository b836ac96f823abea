package io.jpar.fuzz.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a statement being generated may use: the loop indices, the in-bounds index forms for arrays that are
 * only read, the locals declared so far in enclosing blocks, and the arrays this loop writes (readable only at
 * the one index form they are written at). A nested block works on a copy, so its locals do not leak out.
 */
final class Scope {

    final String index;
    final boolean longIndex;
    final List<String> readForms;
    final String inner;
    final int multiplicity;
    final int depth;
    final List<String> intLocals;
    final Map<String, Double> doubleLocals;
    final Map<String, String> writeForms;

    Scope(String index, boolean longIndex, List<String> readForms, String inner, int multiplicity, int depth,
            List<String> intLocals, Map<String, Double> doubleLocals, Map<String, String> writeForms) {
        this.index = index;
        this.longIndex = longIndex;
        this.readForms = List.copyOf(readForms);
        this.inner = inner;
        this.multiplicity = multiplicity;
        this.depth = depth;
        this.intLocals = new ArrayList<>(intLocals);
        this.doubleLocals = new LinkedHashMap<>(doubleLocals);
        this.writeForms = new LinkedHashMap<>(writeForms);
    }

    /** A nested block (if/else branch): same loops, own locals. */
    Scope block() {
        return new Scope(index, longIndex, readForms, inner, multiplicity, depth + 1, intLocals, doubleLocals, writeForms);
    }

    /** The body of an inner loop over {@code variable} in [0, m), which runs {@code trips} times per outer iteration. */
    Scope innerLoop(String variable, int trips) {
        List<String> forms = new ArrayList<>(readForms);
        forms.add(variable);
        return new Scope(index, longIndex, forms, variable, multiplicity * Math.max(1, trips), depth + 1, intLocals, doubleLocals,
                writeForms);
    }
}
