package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/**
 * What a target adds to the checks every parallel loop passes: a CLUSTER loop must not need state that other
 * JVMs do not have, a GPU loop must translate to OpenCL C. Their refusals are errors: the user asked for that
 * target, and a loop that cannot run there is never quietly left sequential.
 */
public final class TargetChecks {

    private TargetChecks() {
    }

    /** Only called for loops that passed every {@link LoopCheck}. */
    public static List<Refusal> check(LoopModel loop, String target) {
        return switch (target) {
            case "CLUSTER" -> ClusterChecks.check(loop);
            case "GPU" -> GpuChecks.check(loop);
            default -> List.of();
        };
    }
}
