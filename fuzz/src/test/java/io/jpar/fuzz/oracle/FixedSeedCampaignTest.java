package io.jpar.fuzz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.fuzz.cli.Campaign;
import io.jpar.fuzz.gen.Program;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's differential run: a fixed seed, a small count. Every program must be accepted and agree with the
 * original, or be refused on its offending line. A failure here is a processor bug: the message names the
 * program; reproduce and minimize it with {@code java -jar fuzz/target/jpar-fuzz-<version>-cli.jar --seed 1
 * --first K --count 1}.
 */
class FixedSeedCampaignTest {

    private static final long SEED = 1;
    private static final int COUNT = 300;

    @Test
    void fixedSeedRunHasNoFailures(@TempDir Path work) {
        List<String> failures = new ArrayList<>();
        Campaign campaign = new Campaign(new Oracle(work, 20_000), System.out);
        Campaign.Summary summary = campaign.run(SEED, 0, COUNT,
                (Program p, Verdict v) -> failures.add(p.name() + ": " + v.outcome() + "\n" + v.detail()));
        System.out.println(summary.line());
        assertTrue(summary.count(Outcome.OK) > COUNT / 2, summary.line());
        assertTrue(summary.count(Outcome.REFUSED_AS_EXPECTED) > 0, summary.line());
        assertEquals("", String.join("\n\n", failures), summary.line());
    }
}
