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
 * CI's differential run of the CLUSTER target: 40 programs of a fixed seed in one batch, so jpar's versions run in
 * one real cluster job with 2 ranks and one with 3 (MPJ Express's multicore device). Every program must agree with
 * the original or be refused on its offending line (CPU's reasons or CLUSTER's own). Reproduce a failure with
 * {@code java -jar fuzz/target/jpar-fuzz-<version>-cli.jar --target CLUSTER --seed 1 --first K --count 1}.
 */
class ClusterCampaignTest {

    private static final long SEED = 1;
    private static final int COUNT = 40;

    @Test
    void fixedSeedClusterRunHasNoFailures(@TempDir Path work) {
        String missing = Oracle.unavailable("CLUSTER");
        if (missing != null) {
            System.out.println("ClusterCampaignTest skipped: " + missing);
        }
        Assumptions.assumeTrue(missing == null, () -> "no cluster jobs here: " + missing);
        List<String> failures = new ArrayList<>();
        Campaign campaign = new Campaign(Oracle.forTarget("CLUSTER", work, 20_000), System.out, "CLUSTER");
        Campaign.Summary summary = campaign.run(SEED, 0, COUNT,
                (Program p, Verdict v) -> failures.add(p.name() + ": " + v.outcome() + "\n" + v.detail()));
        System.out.println("CLUSTER: " + summary.line());
        assertTrue(summary.count(Outcome.OK) > COUNT / 3, summary.line());
        assertTrue(summary.count(Outcome.REFUSED_AS_EXPECTED) > 0, summary.line());
        assertEquals("", String.join("\n\n", failures), summary.line());
    }
}
