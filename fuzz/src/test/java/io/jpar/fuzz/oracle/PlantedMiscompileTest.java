package io.jpar.fuzz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.fuzz.gen.Expectation;
import io.jpar.fuzz.gen.Program;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle must see a miscompilation when there is one: jpar's real output for a small program is tampered
 * with the way a buggy emitter could get it wrong, and the verdict must be MISCOMPILE (the untampered output OK).
 */
class PlantedMiscompileTest {

    private static final Program SUM = new Program("planted", "Planted", List.of(
            "import io.jpar.Parallel;",
            "",
            "public class Planted {",
            "    @Parallel",
            "    static long sum(int[] a) {",
            "        long s = 0;",
            "        for (int i = 0; i < a.length; i++) {",
            "            s += a[i];",
            "            a[i] = a[i] * 2 + i;",
            "        }",
            "        return s;",
            "    }",
            "",
            "    public static Object[] fuzzRun() {",
            "        int[] a = new int[50000];",
            "        for (int k = 0; k < a.length; k++) {",
            "            a[k] = k % 97 - 40;",
            "        }",
            "        long s = sum(a);",
            "        return new Object[] {s, a};",
            "    }",
            "}"), Expectation.accept(), Map.of());

    @Test
    void jparsOwnOutputAgrees(@TempDir Path work) {
        assertEquals(Outcome.OK, new Oracle(work, 20_000).judge(SUM).outcome());
    }

    @Test
    void aLostPartialSumIsAMiscompile(@TempDir Path work) {
        Verdict v = new Oracle(work, 20_000, out -> out.replaceFirst("s \\+= later\\.s;", "")).judge(SUM);
        assertEquals(Outcome.MISCOMPILE, v.outcome(), v.detail());
        assertTrue(v.detail().contains("slot 0"), v.detail());
    }

    @Test
    void aSkippedIterationIsAMiscompile(@TempDir Path work) {
        Verdict v = new Oracle(work, 20_000, out -> out.replaceFirst("i < to\\$", "i < to\\$ - 1")).judge(SUM);
        assertEquals(Outcome.MISCOMPILE, v.outcome(), v.detail());
    }

    @Test
    void outputThatDoesNotCompileIsACrash(@TempDir Path work) {
        Verdict v = new Oracle(work, 20_000, out -> out.replaceFirst("io\\.jpar\\.runtime\\.cpu\\.CpuLoops\\.", "NoSuchClass.")).judge(SUM);
        assertEquals(Outcome.CRASH, v.outcome(), v.detail());
    }
}
