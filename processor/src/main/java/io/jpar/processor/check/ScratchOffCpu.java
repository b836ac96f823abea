package io.jpar.processor.check;

import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.Scratch;
import java.util.List;

/**
 * A CLUSTER or GPU loop uses a scratch object made before it ({@code t.x = a[i]} with {@code Vec t = new Vec()}):
 * on CPU threads each block gets its own, but ranks bring back only arrays of primitives, and a kernel has no objects.
 */
public final class ScratchOffCpu {

    private ScratchOffCpu() {
    }

    /** @param where {@code "a cluster job"} or {@code "a GPU kernel"} */
    public static List<Refusal> check(LoopModel loop, String where) {
        return loop.scratch().scratch().stream().map(s -> refuse(s, where)).toList();
    }

    private static Refusal refuse(Scratch s, String where) {
        return new Refusal(ScratchOffCpu.class.getSimpleName(), Lines.line(s.declaration()), Lines.column(s.declaration()),
                s.name() + " (" + s.creation() + ") is a scratch object of the loop, which jpar gives each CPU thread a copy of,"
                        + " but not " + where,
                "use locals of primitive type in the loop instead of the object's fields, or use target = CPU");
    }
}
