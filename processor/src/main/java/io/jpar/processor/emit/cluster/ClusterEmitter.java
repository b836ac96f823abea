package io.jpar.processor.emit.cluster;

import io.jpar.processor.emit.cpu.CpuEmitter;
import io.jpar.processor.plan.LoopPlan;
import io.jpar.processor.plan.cluster.ClusterPlan;
import io.jpar.processor.plan.cluster.Move;
import io.jpar.processor.plan.cluster.OutsideValue;
import io.jpar.processor.print.LineIndex;
import io.jpar.processor.print.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Emits the CLUSTER code of one parallel loop (docs/ARCHITECTURE.md, "Generated code for the CLUSTER target"):
 * the CPU chunk class, with every outside value it reads as a field, and a {@code move} method that says how
 * each one travels between ranks (broadcast, scatter, gather, reduce).
 */
public final class ClusterEmitter {

    private ClusterEmitter() {
    }

    /** Only for loops that passed {@code ClusterChecks}: the plan they prepared has no problems. */
    public static List<TextEdit> emit(LoopPlan plan, LineIndex text) {
        return CpuEmitter.emit(plan, text, new ClusterChunk(plan.prepared().cluster()));
    }

    /** The lines jpar:explain adds for this loop: how ranks split it and how each variable moves, per call. */
    public static List<String> explain(LoopPlan plan) {
        ClusterPlan movement = plan.prepared().cluster();
        List<String> out = new ArrayList<>();
        String index = movement.distributed();
        // as the runtime's Space decides: blocks of arrays moved by block must lie together, one per rank
        boolean byBlock = movement.moves().stream().anyMatch(m -> m.step() == Move.Step.SCATTER || m.step() == Move.Step.GATHER);
        String split = byBlock ? " into one contiguous block per rank (rank 0 runs the first), as the arrays moved by block need"
                : " into blocks dealt round the ranks (up to 8 per rank, spread over the whole range, so that a cost"
                + " growing with the index is shared; one block per rank when there are too few iterations)";
        out.add(movement.collapsed()
                ? "cluster: collapse = 2: ranks split the outer index " + index + split + "; each rank runs every inner"
                        + " iteration of its rows, on its CPU threads"
                : "cluster: ranks split " + index + split + ", each on its CPU threads");
        out.add("cluster: not started as a cluster job, it runs on CPU threads after one warning (jpar.fallback=error makes that an error)");
        if (movement.moves().isEmpty()) {
            out.add("data movement per call: nothing but the block bounds");
            return out;
        }
        out.add("data movement per call:");
        Map<String, List<Move>> byValue = new LinkedHashMap<>();
        movement.moves().forEach(m -> byValue.computeIfAbsent(m.value().name(), k -> new ArrayList<>()).add(m));
        for (List<Move> moves : byValue.values()) {
            OutsideValue v = moves.get(0).value();
            String how = moves.stream().map(ClusterEmitter::describe).collect(Collectors.joining(", then "));
            out.add("  " + v.name() + " (" + v.type() + "): " + how);
        }
        return out;
    }

    private static String describe(Move m) {
        String rows = m.value().shape() == OutsideValue.Shape.ROWS ? " rows" : "";
        String what = switch (m.step()) {
            case BROADCAST -> "broadcast";
            case OBJECT -> "serialized (Java serialization inside jpar's messages: its class must be Serializable, and listed"
                    + " in jpar.cluster.allow unless it is in java.lang, java.util, java.math or java.time)";
            case SCATTER -> "scatter" + rows + " by block";
            case GATHER -> "gather" + rows + " by block";
            case REDUCE -> "reduce";
        };
        return m.step() == Move.Step.OBJECT ? what + ", " + m.bytes() : what + " (" + m.why() + "), " + m.bytes();
    }
}
