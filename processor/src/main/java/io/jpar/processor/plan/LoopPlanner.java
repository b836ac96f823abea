package io.jpar.processor.plan;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.jpar.processor.analysis.ArrayAccess;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.Reduction;
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
        String outerType = enclosingTypes(m.method());
        String simpleOuter = outerType.contains(".") ? outerType.substring(outerType.lastIndexOf('.') + 1) : outerType;
        boolean isStatic = m.method() instanceof MethodDeclaration md && md.isStatic();

        Set<String> written = new LinkedHashSet<>();
        Set<String> writeForms = new LinkedHashSet<>();
        boolean matrix = false;
        for (ArrayAccess a : m.accesses()) {
            if (a.writes()) {
                // rows owned by iterations must be distinct objects; a row fixed for the whole loop (a[r][i]) needs no check
                boolean fixedRow = m.inner() == null && a.form() != null && a.form().startsWith("[");
                matrix |= a.indices().size() > 1 && !fixedRow;
                written.add(a.array());
                writeForms.add(String.valueOf(a.form()));
            }
        }
        boolean arrayReductions = false;
        for (Reduction r : m.reductions()) {
            if (r.array()) {
                written.add(r.name());
                arrayReductions = true;
            }
        }
        // a read at the one index form all writes use cannot see another iteration's write, even through an alias
        String commonForm = writeForms.size() == 1 && !arrayReductions ? writeForms.iterator().next() : null;
        Set<String> read = new LinkedHashSet<>();
        if (!written.isEmpty()) {
            for (ArrayAccess a : m.accesses()) {
                if (a.role() == ArrayAccess.Role.READ && !written.contains(a.array())
                        && (commonForm == null || !commonForm.equals(String.valueOf(a.form())))) {
                    read.add(a.array());
                }
            }
        }
        return new LoopPlan(m, d.attributes(), "JparLoop" + number, fileName + ":" + Lines.line(m.loop()),
                outerType + "." + m.method().getNameAsString(), simpleOuter, isStatic, new ArrayList<>(written), new ArrayList<>(read), matrix);
    }

    /** {@code Outer.Inner} for a method of a nested class. */
    private static String enclosingTypes(Node method) {
        List<String> names = new ArrayList<>();
        Node p = method.getParentNode().orElse(null);
        while (p != null) {
            if (p instanceof TypeDeclaration<?> t) {
                names.add(0, t.getNameAsString());
            }
            p = p.getParentNode().orElse(null);
        }
        return String.join(".", names);
    }
}
