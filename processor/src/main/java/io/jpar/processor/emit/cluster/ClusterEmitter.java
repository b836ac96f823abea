package io.jpar.processor.emit.cluster;

import io.jpar.processor.plan.LoopPlan;
import io.jpar.processor.print.LineIndex;
import io.jpar.processor.print.TextEdit;
import java.util.List;

/**
 * Emits the CLUSTER code of one parallel loop (docs/ARCHITECTURE.md, "Generated code for the CLUSTER target"):
 * the CPU chunk class, with every outside value it reads as a field, and a {@code move} method that says how
 * each one travels between ranks (broadcast, scatter, gather, reduce).
 */
public final class ClusterEmitter {

    private ClusterEmitter() {
    }

    public static List<TextEdit> emit(LoopPlan plan, LineIndex text) {
        throw new UnsupportedOperationException("CLUSTER emitter not written yet");
    }

    /** The lines jpar:explain adds for this loop: how data moves. */
    public static List<String> explain(LoopPlan plan) {
        return List.of();
    }
}
