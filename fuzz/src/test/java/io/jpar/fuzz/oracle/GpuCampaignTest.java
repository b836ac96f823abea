package io.jpar.fuzz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.fuzz.cli.Campaign;
import io.jpar.fuzz.gen.Program;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's differential run of the GPU target: 60 programs of a fixed seed, jpar's kernels run on the OpenCL device
 * (PoCL in CI) with {@code jpar.fallback=error}. Every program must agree with the original (integers exactly,
 * floating values exactly except reductions and the few-ulp Math functions) or be refused at build time on the
 * offending line. Reproduce a failure with {@code java -jar fuzz/target/jpar-fuzz-<version>-cli.jar --target GPU
 * --seed 1 --first K --count 1}.
 */
class GpuCampaignTest {

    private static final long SEED = 1;
    private static final int COUNT = 60;

    @Test
    void fixedSeedGpuRunHasNoFailures(@TempDir Path work) {
        String missing = Oracle.unavailable("GPU");
        if (missing != null) {
            System.out.println("GpuCampaignTest skipped: " + missing);
        }
        Assumptions.assumeTrue(missing == null, () -> "no OpenCL device here: " + missing);
        List<String> failures = new ArrayList<>();
        Campaign campaign = new Campaign(Oracle.forTarget("GPU", work, 20_000), System.out, "GPU");
        Campaign.Summary summary = campaign.run(SEED, 0, COUNT,
                (Program p, Verdict v) -> failures.add(p.name() + ": " + v.outcome() + "\n" + v.detail()));
        System.out.println("GPU: " + summary.line());
        assertTrue(summary.count(Outcome.OK) > COUNT / 2, summary.line());
        assertTrue(summary.count(Outcome.REFUSED_AS_EXPECTED) > 0, summary.line());
        assertEquals("", String.join("\n\n", failures), summary.line());
    }
}
