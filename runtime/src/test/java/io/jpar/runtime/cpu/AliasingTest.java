package io.jpar.runtime.cpu;

import io.jpar.Schedule;
import io.jpar.runtime.Config;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;
import io.jpar.runtime.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Overlapping arrays make a loop run sequentially with one warning, or fail with jpar.fallback=error. */
@Timeout(120)
class AliasingTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        System.clearProperty(Config.FALLBACK_PROPERTY);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** {@code a[i + 1] = a[i] + 1}: a loop-carried dependence when {@code a} and {@code b} are one array. */
    static final class Shift extends IntChunk<Shift> {
        final int[] a;
        final int[] b;
        final Set<Thread> threads;

        Shift(int[] a, int[] b, Set<Thread> threads) {
            this.a = a;
            this.b = b;
            this.threads = threads;
        }

        @Override
        protected void run(int from, int to) {
            threads.add(Thread.currentThread());
            for (int i = from; i < to; i++) {
                a[i + 1] = b[i] + 1;
            }
        }
    }

    @Test
    void overlapRunsSequentiallyWithOneWarningPerSite() {
        LoopSite site = new LoopSite("Shift.java:7", "Shift.run", Schedule.STATIC, 0, 3, Relation.LT);
        for (int call = 0; call < 3; call++) {
            int[] a = new int[10_001];
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            CpuLoops.forInt(site, 0, 10_000, 1, new Shift(a, a, threads), new Object[] {a}, new Object[] {a});
            int[] expected = new int[10_001];
            for (int i = 0; i < 10_000; i++) {
                expected[i + 1] = expected[i] + 1;
            }
            assertArrayEquals(expected, a, "the sequential result");
            assertEquals(Set.of(Thread.currentThread()), threads);
        }
        assertEquals("jpar: warning: Shift.java:7 Shift.run: arrays passed to the loop overlap (written array 1 and "
                + "read array 1 are the same int[10001]); ran it sequentially" + System.lineSeparator(), stderr());
        assertEquals(3, site.inlineCalls());
    }

    @Test
    void distinctArraysRunInParallelWithoutWarning() {
        LoopSite site = Sites.site(Schedule.STATIC, 0, 3, Relation.LT);
        int[] a = new int[1001];
        int[] b = new int[1001];
        CpuLoops.forInt(site, 0, 1000, 1, new Shift(a, b, ConcurrentHashMap.newKeySet()), new Object[] {a},
                new Object[] {b});
        assertEquals("", stderr());
        assertEquals(0, site.inlineCalls());
    }

    @Test
    void fallbackErrorRefusesToRun() {
        System.setProperty(Config.FALLBACK_PROPERTY, "error");
        LoopSite site = new LoopSite("Shift.java:9", "Shift.run", Schedule.AUTO, 0, 3, Relation.LT);
        int[] a = new int[11];
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CpuLoops.forInt(site, 0, 10, 1,
                new Shift(a, a, threads), new Object[] {a}, new Object[] {new int[3], a}));
        assertEquals("jpar: Shift.java:9 Shift.run: arrays passed to the loop overlap (written array 1 and read "
                + "array 2 are the same int[11]); not falling back because jpar.fallback=error", e.getMessage());
        assertEquals(Set.of(), threads, "the loop did not run");
        assertEquals("", stderr());
    }

    /** Generated code names the arrays as the source does ({@code LoopSite.arrays}): the message uses the names. */
    @Test
    void theMessageNamesTheArraysAsTheSourceDoes() {
        System.setProperty(Config.FALLBACK_PROPERTY, "error");
        LoopSite site = new LoopSite("Shift.java:11", "Shift.run", Schedule.AUTO, 0, 3, Relation.LT)
                .arrays(new String[] {"out"}, new String[] {"scratch", "in"});
        int[] a = new int[11];
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CpuLoops.forInt(site, 0, 10, 1,
                new Shift(a, a, ConcurrentHashMap.newKeySet()), new Object[] {a}, new Object[] {new int[3], a}));
        assertEquals("jpar: Shift.java:11 Shift.run: arrays passed to the loop overlap (written array out and read "
                + "array in are the same int[11]); not falling back because jpar.fallback=error", e.getMessage());
    }

    /** {@code m[i][j] = i + j} over a matrix. */
    static final class Fill extends Int2Chunk<Fill> {
        final int[][] m;

        Fill(int[][] m) {
            this.m = m;
        }

        @Override
        protected void run(int i, int from, int to) {
            for (int j = from; j < to; j++) {
                m[i][j] = i + j;
            }
        }
    }

    @Test
    void sharedRowsOfAWrittenMatrixAreAnOverlap() {
        LoopSite site = new LoopSite("Fill.java:3", "Fill.run", Schedule.DYNAMIC, 0, 3, Relation.LT, Relation.LT);
        int[] row = new int[4];
        int[][] m = {new int[4], row, new int[4], row};
        CpuLoops.forInt2(site, 0, 4, 1, 0, 4, 1, new Fill(m), new Object[] {m}, new Object[0]);
        assertArrayEquals(new int[] {3, 4, 5, 6}, row, "the sequential result: the last row written wins");
        assertEquals("jpar: warning: Fill.java:3 Fill.run: arrays passed to the loop overlap (rows 1 and 3 of written "
                + "array 1 are the same int[4]); ran it sequentially" + System.lineSeparator(), stderr());
    }
}
