package io.jpar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class RatioReportTest {

    /** Stands in for a JMH class: the report only uses its name. */
    private static final class PrimesLike {
    }

    private static final class TinyLike {
    }

    private static String key(Class<?> benchmark, String method) {
        return benchmark.getName() + "." + method;
    }

    @Test
    void computeRowHasSpeedupAndRatioToTheFasterHandWrittenVersion() {
        Map<String, Score> scores = Map.of(
                key(PrimesLike.class, "sequential"), new Score(40.0, 0.5, "ms/op", "n = 500000"),
                key(PrimesLike.class, "jpar"), new Score(20.0, 0.25, "ms/op", "n = 500000"),
                key(PrimesLike.class, "parallelStream"), new Score(25.0, 0.25, "ms/op", "n = 500000"),
                key(PrimesLike.class, "forkJoin"), new Score(21.0, 0.25, "ms/op", "n = 500000"));
        String table = new RatioReport(scores).computeTable(List.of(new RatioReport.Row("primes", PrimesLike.class)));
        assertTrue(table.contains("| primes | n = 500000 | 40.00 ± 0.50 ms | 20.00 ± 0.25 ms | 25.00 ± 0.25 ms"
                + " | 21.00 ± 0.25 ms | 2.00× | 1.05× |"), table);
    }

    @Test
    void versionsThatDidNotRunShowAsDashes() {
        Map<String, Score> scores = Map.of(key(PrimesLike.class, "jpar"), new Score(20.0, Double.NaN, "ms/op", "n = 9"));
        String table = new RatioReport(scores).computeTable(List.of(new RatioReport.Row("primes", PrimesLike.class)));
        assertTrue(table.contains("| primes | n = 9 | — | 20.00 ms | — | — | — | — |"), table);
    }

    @Test
    void rowsThatDidNotRunAreLeftOut() {
        Map<String, Score> scores = Map.of(key(TinyLike.class, "jpar"), new Score(20.0, Double.NaN, "ns/op", "x = 1"));
        RatioReport report = new RatioReport(scores);
        String tiny = report.tinyTable(List.of(new RatioReport.Row("sum", TinyLike.class),
                new RatioReport.Row("primes", PrimesLike.class)));
        assertTrue(tiny.contains("| sum |") && !tiny.contains("primes"), tiny);
        assertEquals("", report.computeTable(List.of(new RatioReport.Row("primes", PrimesLike.class))));
    }

    @Test
    void tinyRowComparesJparWithThePlainLoop() {
        Map<String, Score> scores = Map.of(
                key(TinyLike.class, "sequential"), new Score(250.0, 2.0, "ns/op", "length = 1000"),
                key(TinyLike.class, "jpar"), new Score(260.0, 3.0, "ns/op", "length = 1000"));
        String table = new RatioReport(scores).tinyTable(List.of(new RatioReport.Row("sum", TinyLike.class)));
        assertTrue(table.contains("| sum | length = 1000 | 250.0 ± 2.0 ns | 260.0 ± 3.0 ns | 0.96× |"), table);
    }

    @Test
    void gpuRowIsJparTimeOverTheHandWrittenTime() {
        Map<String, Score> scores = Map.of(
                key(PrimesLike.class, "jpar"), new Score(11.0, 0.1, "ms/op", "n = 256"),
                key(PrimesLike.class, "byHand"), new Score(10.0, 0.1, "ms/op", "n = 256"));
        String table = new RatioReport(scores).gpuTable(List.of(new RatioReport.Row("matrix", PrimesLike.class)));
        assertTrue(table.contains("| matrix | n = 256 | 11.00 ± 0.10 ms | 10.00 ± 0.10 ms | 1.10× |"), table);
    }
}
