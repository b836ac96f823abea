package io.jpar.processor.check;

import io.jpar.Target;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.plan.Prepared;
import java.util.List;

/**
 * What a target adds to the checks every parallel loop passes: a CLUSTER loop must not need state that other
 * JVMs do not have, a GPU loop must translate to OpenCL C. Their refusals are errors: the user asked for that
 * target, and a loop that cannot run there is never quietly left sequential. A loop that passes gets the plan
 * the checks prepared (the CLUSTER data movement, the GPU kernel), which the emitter and explain then read.
 */
public final class TargetChecks {

    /** The target's refusals, or (when there are none) what it prepared for the loop. */
    public record Outcome(List<Refusal> refusals, Prepared prepared) {
    }

    private TargetChecks() {
    }

    /** Only called for loops that passed every {@link LoopCheck}. */
    public static Outcome check(LoopModel loop, Target target) {
        return switch (target) {
            case CLUSTER -> ClusterChecks.check(loop);
            case GPU -> GpuChecks.check(loop);
            case CPU -> new Outcome(List.of(), Prepared.cpu());
        };
    }
}
