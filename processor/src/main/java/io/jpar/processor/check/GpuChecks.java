package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** Why a loop that could run on CPU threads cannot become an OpenCL kernel: each construct with its line. */
public final class GpuChecks {

    private GpuChecks() {
    }

    public static List<Refusal> check(LoopModel loop) {
        return List.of();
    }
}
