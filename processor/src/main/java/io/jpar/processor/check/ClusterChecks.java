package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** Why a loop that could run on CPU threads cannot run as a CLUSTER job. */
public final class ClusterChecks {

    private ClusterChecks() {
    }

    public static List<Refusal> check(LoopModel loop) {
        return List.of();
    }
}
