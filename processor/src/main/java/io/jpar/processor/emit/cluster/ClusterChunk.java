package io.jpar.processor.emit.cluster;

import io.jpar.processor.emit.cpu.ChunkField;
import io.jpar.processor.emit.cpu.ChunkTarget;
import io.jpar.processor.plan.LoopPlan;
import io.jpar.processor.plan.cluster.ClusterPlan;
import io.jpar.processor.plan.cluster.Move;
import java.util.List;
import java.util.Set;

/**
 * What CLUSTER changes in the CPU chunk class: it extends the cluster chunks, holds every outside value as an
 * assignable field (another JVM builds it with the no-arg constructor and fills it), and says in {@code move}
 * how each value travels.
 */
final class ClusterChunk implements ChunkTarget {

    private final ClusterPlan movement;

    ClusterChunk(ClusterPlan movement) {
        this.movement = movement;
    }

    @Override
    public String chunkBase(String cpuKind) {
        return "io.jpar.runtime.cluster.Cluster" + cpuKind;
    }

    @Override
    public String loops() {
        return "io.jpar.runtime.cluster.ClusterLoops";
    }

    @Override
    public List<ChunkField> values(LoopPlan plan) {
        return movement.values().stream().map(v -> new ChunkField(v.name(), v.type(), false, null)).toList();
    }

    @Override
    public Set<String> memberNames() {
        return Set.of("move");
    }

    @Override
    public String members(LoopPlan plan, List<ChunkField> fields) {
        StringBuilder s = new StringBuilder();
        if (!fields.isEmpty()) {
            s.append(' ').append(plan.className()).append("() { }");
        }
        s.append(" protected void move(io.jpar.runtime.cluster.Mover m$) {");
        for (Move m : movement.moves()) {
            s.append(' ').append(m.call());
        }
        return s.append(" }").toString();
    }
}
