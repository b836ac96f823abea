package io.jpar.processor.emit.cpu;

import io.jpar.processor.analysis.Captured;
import io.jpar.processor.plan.LoopPlan;
import java.util.List;
import java.util.Set;

/**
 * What a target changes in the CPU chunk class and runtime call (docs/ARCHITECTURE.md, "Targets CLUSTER and
 * GPU"): the chunk class it extends, the runtime entry, the outside values held as fields, extra members and
 * extra call arguments. {@link #CPU} changes nothing, so every target shares one emitter of the loop's text.
 */
public interface ChunkTarget {

    ChunkTarget CPU = new ChunkTarget() {
    };

    /** The fully qualified class the chunk extends, for the CPU kind {@code IntChunk}, {@code LongChunk} or {@code Int2Chunk}. */
    default String chunkBase(String cpuKind) {
        return "io.jpar.runtime.cpu." + cpuKind;
    }

    /** The runtime class whose {@code forInt}, {@code forLong} or {@code forInt2} runs the loop. */
    default String loops() {
        return "io.jpar.runtime.cpu.CpuLoops";
    }

    /**
     * The outside values the chunk holds as fields after the reductions, in constructor order: on CPU only the
     * locals that are not effectively final (a local class captures the others itself).
     */
    default List<ChunkField> values(LoopPlan plan) {
        return plan.model().captured().stream().map((Captured k) -> new ChunkField(k.name(), k.type(), true, null)).toList();
    }

    /**
     * Methods the target's chunk classes add (CLUSTER's {@code move}): an unqualified call of a user's method
     * with such a name in the body is qualified, as for {@code run} and {@code merge}.
     */
    default Set<String> memberNames() {
        return Set.of();
    }

    /** Text appended to the chunk class after its other members, each preceded by a space; empty on CPU. */
    default String members(LoopPlan plan, List<ChunkField> fields) {
        return "";
    }

    /** Arguments of the runtime call between the site and the bounds, each preceded by ", "; empty on CPU. */
    default String afterSite(LoopPlan plan) {
        return "";
    }
}
