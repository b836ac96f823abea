package io.jpar.runtime.cluster;

import io.jpar.runtime.Config;
import io.jpar.runtime.Jpar;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;
import io.jpar.runtime.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A program not started as a cluster job runs its cluster loops with the CPU target, and says so once. */
class FallbackTest {

    /** {@code for (i = first; i < n; i++) sum += i % 7 * w[i % w.length];} */
    static final class Sum extends ClusterIntChunk<Sum> {
        long sum;
        int[] w;

        Sum() {
        }

        Sum(long sum, int[] w) {
            this.sum = sum;
            this.w = w;
        }

        @Override
        protected void run(int from, int to) {
            long sum = this.sum;
            for (int i = from; i < to; i++) {
                sum += i % 7 * w[i % w.length];
            }
            this.sum = sum;
        }

        @Override
        protected Sum fresh() {
            return new Sum(0, w);
        }

        @Override
        protected void merge(Sum later) {
            sum += later.sum;
        }

        @Override
        protected void move(Mover m) {
            w = m.broadcast(w);
            sum = m.reduce(sum);
        }
    }

    private final PrintStream originalErr = System.err;

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        System.clearProperty(Config.FALLBACK_PROPERTY);
    }

    private static long sequential(int n, int[] w) {
        long sum = 3;
        for (int i = 0; i < n; i++) {
            sum += i % 7 * w[i % w.length];
        }
        return sum;
    }

    @Test
    void runsOnTheCpuAfterOneWarningPerLoop() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        LoopSite site = Sites.site(Relation.LT);
        int[] w = {1, 2, 3, 5};
        for (int n : new int[] {100_000, 7, 0}) {
            assertEquals(sequential(n, w), ClusterLoops.forInt(site, 0, n, 1, new Sum(3, w)).sum);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, printed.lines().count(), printed);
        assertTrue(printed.startsWith("jpar: warning: " + site.where() + " " + site.method()
                + ": not started as a cluster job"), printed);
        assertTrue(printed.contains("ran it with the CPU target on this JVM"), printed);
        assertFalse(ClusterJob.active());
    }

    @Test
    void fallbackErrorMakesItAnError() {
        System.setProperty(Config.FALLBACK_PROPERTY, "error");
        LoopSite site = Sites.site(Relation.LT);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ClusterLoops.forInt(site, 0, 10, 1, new Sum(0, new int[] {1})));
        assertTrue(e.getMessage().contains("not started as a cluster job"), e.getMessage());
        assertTrue(e.getMessage().contains("not falling back because jpar.fallback=error"), e.getMessage());
    }

    @Test
    void insideSequentialTheLoopIsTheSequentialOne() {
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        LoopSite site = Sites.site(Relation.LT);
        int[] w = {4, 1};
        long sum = Jpar.sequential(() -> ClusterLoops.forInt(site, 0, 50_000, 1, new Sum(3, w)).sum);
        assertEquals(sequential(50_000, w), sum);
        assertEquals(0, site.calls() - site.inlineCalls(), "ran inline, on the calling thread");
    }
}
