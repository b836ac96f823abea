package io.jpar.runtime;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTest {

    @Test
    void tableIsPrintedAtExitWithOneRowPerLoopThatRan() throws Exception {
        Forked.Result r = Forked.run(Map.of(), List.of("-Djpar.stats=true"), ForkedMain.class, "loops");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("1000", "1000", "1000", "1", "1", "1", "1", "1"), r.out().lines().toList());
        List<String> lines = r.err().lines().toList();
        assertEquals("jpar statistics: 2 loop(s) ran", lines.get(0), r.err());
        assertEquals(List.of("where", "method", "calls", "inline", "iterations", "threads", "chunks", "time", "ms"),
                Arrays.asList(lines.get(1).trim().split("\\s+")));
        String[] big = lines.get(2).trim().split("\\s+");
        assertEquals(List.of("Big.java:10", "Big.count", "3"), Arrays.asList(big).subList(0, 3));
        assertEquals("3000", big[4]);
        String[] tiny = lines.get(3).trim().split("\\s+");
        assertEquals(List.of("Tiny.java:20", "Tiny.count", "5", "5", "5", "1", "5"), Arrays.asList(tiny).subList(0, 7));
        assertFalse(r.err().contains("Never.java"), r.err());
    }

    @Test
    void environmentVariableTurnsStatisticsOnAndBadValuesWarn() throws Exception {
        Forked.Result on = Forked.run(Map.of(Config.STATS_ENV, "true"), List.of(), ForkedMain.class, "loops");
        assertTrue(on.err().startsWith("jpar statistics: 2 loop(s) ran"), on.err());
        Forked.Result off = Forked.run(Map.of(), List.of(), ForkedMain.class, "loops");
        assertEquals("", off.err());
        Forked.Result bad = Forked.run(Map.of(), List.of("-Djpar.stats=yes"), ForkedMain.class, "loops");
        assertEquals("jpar: warning: system property jpar.stats must be true or false, got 'yes'; statistics are off",
                bad.err().trim());
    }
}
