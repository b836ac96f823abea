package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * The GPU tests run real kernels on this machine's OpenCL device (PoCL in CI, installed by
 * scripts/prerequisites.sh). Without one they fail in CI ({@code CI} set) and are skipped elsewhere, saying why.
 */
final class OpenClHere {

    private OpenClHere() {
    }

    static void require() {
        try {
            GpuContext.get();
        } catch (GpuUnavailable e) {
            String why = "no OpenCL device here (" + e.getMessage() + "); scripts/prerequisites.sh installs PoCL";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            System.out.println("jpar: GPU test skipped: " + why);
            Assumptions.abort(why);
        }
    }
}
