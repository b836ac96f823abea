package io.jpar.processor.emit.cluster;

import io.jpar.processor.emit.cpu.CpuEmitter;
import io.jpar.processor.plan.LoopPlan;
import io.jpar.processor.plan.cluster.ClusterPlan;
import io.jpar.processor.plan.cluster.ClusterPlanner;
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

    /** Only for loops that passed {@code ClusterChecks}: their plan has no problems. */
    public static List<TextEdit> emit(LoopPlan plan, LineIndex text) {
        ClusterPlan movement = ClusterPlanner.plan(plan.model());
        if (!movement.problems().isEmpty()) {
            throw new IllegalStateException("CLUSTER loop " + plan.where() + " was not refused but cannot move: " + movement.problems());
        }
        return CpuEmitter.emit(plan, text, new ClusterChunk(movement));
    }

    /** The lines jpar:explain adds for this loop: how ranks split it and how each variable moves, per call. */
    public static List<String> explain(LoopPlan plan) {
        ClusterPlan movement = ClusterPlanner.plan(plan.model());
        List<String> out = new ArrayList<>();
        String index = movement.distributed();
        out.add(movement.collapsed()
                ? "cluster: collapse = 2: ranks split the outer index " + index + " into one block each (rank 0 runs the first);"
                        + " each rank runs every inner iteration of its rows, on its CPU threads"
                : "cluster: ranks split " + index + " into one block each (rank 0 runs the first), each on its CPU threads");
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
            case OBJECT -> "serialized (Java serialization through MPI.OBJECT: its class must be Serializable, and listed in"
                    + " jpar.cluster.allow unless it is in java.lang, java.util, java.math or java.time)";
            case SCATTER -> "scatter" + rows + " by block";
            case GATHER -> "gather" + rows + " by block";
            case REDUCE -> "reduce";
        };
        return m.step() == Move.Step.OBJECT ? what + ", " + m.bytes() : what + " (" + m.why() + "), " + m.bytes();
    }
}
