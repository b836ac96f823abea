package io.jpar.runtime;

import io.jpar.Schedule;
import io.jpar.runtime.cpu.CpuLoops;
import io.jpar.runtime.cpu.IntChunk;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoopSiteTest {

    @Test
    void loopSiteRefusesBadAnnotationValues() {
        IllegalArgumentException chunk = assertThrows(IllegalArgumentException.class,
                () -> new LoopSite("A.java:3", "A.m", Schedule.DYNAMIC, -1, 0, Relation.LT));
        assertTrue(chunk.getMessage().contains("A.java:3 A.m: chunk must be"), chunk.getMessage());
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> new LoopSite("A.java:4", "A.m", Schedule.DYNAMIC, 0, -3, Relation.LT));
        assertTrue(threads.getMessage().contains("A.java:4 A.m: threads must be"), threads.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LoopSite("A.java:5", "A.m", Schedule.AUTO, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LoopSite("A.java:6", "A.m", Schedule.AUTO, 0, 0,
                Relation.LT, Relation.LT, Relation.LT));
    }

    static final class Copy extends IntChunk<Copy> {
        final int[] to;
        final int[] from;

        Copy(int[] to, int[] from) {
            this.to = to;
            this.from = from;
        }

        @Override
        protected void run(int first, int limit) {
            for (int i = first; i < limit; i++) {
                to[i] = from[i] + 1;
            }
        }
    }

    @Test
    void sitesAtOnePlaceShareStatisticsAndTheFallbackWarning() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            LoopSite first = null;
            int[] a = new int[100];
            for (int call = 0; call < 3; call++) {
                // As if the site were made on every call instead of once.
                LoopSite site = new LoopSite("Once.java:12", "Once.copy", Schedule.AUTO, 0, 2, Relation.LT);
                first = first == null ? site : first;
                assertSame(first.stats(), site.stats());
                CpuLoops.forInt(site, 0, 100, 1, new Copy(a, a), new Object[] {a}, new Object[] {a});
            }
            assertEquals(3, first.calls());
            assertEquals(300, first.iterations());
            assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count(), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(originalErr);
        }
        LoopSite elsewhere = new LoopSite("Once.java:13", "Once.copy", Schedule.AUTO, 0, 2, Relation.LT);
        assertEquals(0, elsewhere.calls());
    }

    @Test
    void accessors() {
        LoopSite site = new LoopSite("Acc.java:1", "Acc.m", Schedule.GUIDED, 4, 3, Relation.GE, Relation.LT);
        assertEquals("Acc.java:1", site.where());
        assertEquals("Acc.m", site.method());
        assertEquals(Schedule.GUIDED, site.schedule());
        assertEquals(4, site.chunk());
        assertEquals(3, site.threads());
        assertEquals(2, site.depth());
        assertEquals(Relation.GE, site.relation(0));
        assertEquals(Relation.LT, site.relation(1));
        assertEquals("Acc.java:1 Acc.m", site.toString());
    }
}
