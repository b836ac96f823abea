package io.jpar.processor.check;

import io.jpar.processor.analysis.ArrayAccess;
import io.jpar.processor.analysis.ElementFieldPath;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/**
 * The loop writes a field of the elements of an array ({@code p[i].x = ...}) and reads that field another way:
 * through another object ({@code o.x}), as a field of {@code this}, or in a called method. That object may be an
 * element another iteration writes; only the accesses through the array are proven apart.
 */
public final class ElementFieldAlias implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.elementPaths().stream().map(this::refuse).toList();
    }

    private Refusal refuse(ElementFieldPath p) {
        ArrayAccess w = p.write();
        String written = w.text() + " is written at line " + w.line();
        String what;
        String fix;
        if (p.call() != null) {
            what = p.call().callee() + ", called at line " + p.line() + ", reads the field " + w.field() + ", and " + written
                    + ": the callee may read it in an element of " + w.array() + " that another iteration writes";
            fix = "pass the callee the values it needs instead of the object, or remove @Parallel";
        } else {
            String use = p.use().toString();
            what = use + " at line " + p.line() + " reads the field " + w.field() + (use.contains(".") ? " of an object" : " of this")
                    + " that may be an element of " + w.array() + ", and " + written + ": another iteration may write it";
            fix = "read the elements' fields only through " + w.array() + " (" + w.text() + "), or copy what the loop needs"
                    + " into a local before it";
        }
        return new Refusal(getClass().getSimpleName(), p.line(), Lines.column(p.use()), what, fix);
    }
}
