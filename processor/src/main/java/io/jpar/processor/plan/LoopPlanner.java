package io.jpar.processor.plan;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.jpar.processor.analysis.ArrayAccess;
import io.jpar.processor.analysis.Freshness;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ParallelAnnotation;
import io.jpar.processor.analysis.Reduction;
import io.jpar.processor.analysis.Scopes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns a parallel loop's decision into a {@link LoopPlan}: names, site, and the run-time alias checks. */
public final class LoopPlanner {

    private LoopPlanner() {
    }

    public static LoopPlan plan(LoopDecision d, int number, String fileName) {
        LoopModel m = d.model();
        String outerType = io.jpar.processor.analysis.Ast.enclosingTypes(m.method());
        String simpleOuter = outerType.contains(".") ? outerType.substring(outerType.lastIndexOf('.') + 1) : outerType;
        boolean isStatic = m.method() instanceof MethodDeclaration md && md.isStatic();

        // an array the method created and never shared cannot overlap another: it is left out of the check
        Set<String> fresh = new LinkedHashSet<>();
        Set<String> written = new LinkedHashSet<>();
        Set<String> writeForms = new LinkedHashSet<>();
        boolean matrix = false;
        for (ArrayAccess a : m.accesses()) {
            if (a.writes() && !a.elementField()) {
                writeForms.add(String.valueOf(a.form()));
                if (unshared(a, m, fresh)) {
                    continue;
                }
                // rows owned by iterations must be distinct objects; a row fixed for the whole loop (a[r][i]) needs no check
                boolean fixedRow = m.inner() == null && a.form() != null && a.form().startsWith("[");
                // a row handed to a call that writes it is a row too: its array's rows must be distinct objects
                matrix |= (a.indices().size() > 1 || "call".equals(a.operator())) && !fixedRow;
                written.add(reference(a, m, outerType, isStatic));
            }
        }
        boolean arrayReductions = false;
        for (Reduction r : m.reductions()) {
            if (r.array()) {
                arrayReductions = true;
                if (r.element() != null) {
                    continue;                      // its partials are arrays of jpar's own
                }
                // an array reduction updates a local or field by its simple name (LoopAnalyzer.arrayReduction)
                if (!fresh.contains(r.name()) && !Freshness.unsharedArray(r.name(), m.loop())) {
                    written.add(r.name());
                } else {
                    fresh.add(r.name());
                }
            }
        }
        // a read at the one index form all writes use cannot see another iteration's write, even through an alias;
        // except on a cluster, where the other ranks get each name as an array of its own, so an alias read at the
        // same index would not see the iteration's own write (found by the fuzzer: w[i] = 7; w[i] = a[i] + 1)
        boolean cluster = d.prepared().target() == io.jpar.Target.CLUSTER;
        String commonForm = writeForms.size() == 1 && !arrayReductions && !cluster ? writeForms.iterator().next() : null;
        Set<String> read = new LinkedHashSet<>();
        if (!written.isEmpty()) {
            for (ArrayAccess a : m.accesses()) {
                String ref = reference(a, m, outerType, isStatic);
                if (a.role() == ArrayAccess.Role.READ && !a.elementField() && !written.contains(ref)
                        && (commonForm == null || !commonForm.equals(String.valueOf(a.form()))) && !unshared(a, m, fresh)) {
                    read.add(ref);
                }
            }
        }
        ElementChecks elements = ElementChecks.of(m, outerType, isStatic);
        ParallelAnnotation a = d.attributes();
        // AUTO deals out many blocks per thread, and each block of an array reduction gets its own zeroed copy of
        // the array: STATIC without a chunk makes one block, so one copy, per thread
        boolean staticForCopies = arrayReductions && a.scheduleEnum() == io.jpar.Schedule.AUTO;
        return new LoopPlan(m, a, "JparLoop" + number, fileName + ":" + Lines.line(m.loop()),
                outerType + "." + m.method().getNameAsString(), simpleOuter, isStatic, new ArrayList<>(written), new ArrayList<>(read), matrix, new ArrayList<>(fresh),
                elements.written(), elements.read(), elements.proven(),
                staticForCopies ? io.jpar.Schedule.STATIC : a.scheduleEnum(), staticForCopies ? "0" : a.chunkOrDefault(),
                staticForCopies ? "array reduction, one copy per thread" : null, d.prepared());
    }

    /** Whether the array of {@code a} is a local the method created and never shared (remembered in {@code fresh}). */
    private static boolean unshared(ArrayAccess a, LoopModel m, Set<String> fresh) {
        if (field(a)) {
            return false;
        }
        if (fresh.contains(a.array())) {
            return true;
        }
        if (Freshness.unsharedArray(a.array(), m.loop())) {
            fresh.add(a.array());
            return true;
        }
        return false;
    }

    /** How the code around the loop names the array: a field ({@code this.x[i]}) that a local hides needs its qualifier. */
    static String reference(ArrayAccess a, LoopModel m, String outerType, boolean staticMethod) {
        if (!field(a) || Scopes.declaration(a.array(), m.loop()).isEmpty()) {
            return a.array();
        }
        return (staticMethod ? outerType : "this") + "." + a.array();
    }

    private static boolean field(ArrayAccess a) {
        return a.key().startsWith("this.");
    }

}
