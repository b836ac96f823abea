package io.jpar.fuzz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.fuzz.gen.Expectation;
import io.jpar.fuzz.gen.Program;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLUSTER and GPU oracles must see a miscompilation where only the target's own code path can show it: a gather
 * dropped from the chunk's {@code move} (the blocks of ranks 1 and 2 never come back: only a job that really split
 * the loop over ranks shows it) and a changed constant in the OpenCL kernel (only a loop that really ran on the
 * device shows it; the Java body in the chunk is untouched). jpar's own output must be judged OK.
 */
class PlantedTargetMiscompileTest {

    private static Program sum(String target) {
        return new Program("planted " + target, "Planted" + target, List.of(
                "import io.jpar.Parallel;",
                "",
                "public class Planted" + target + " {",
                "    @Parallel(target = io.jpar.Target." + target + ")",
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
    }

    private static Verdict judge(String target, Path work, UnaryOperator<String> tamper) {
        String missing = Oracle.unavailable(target);
        Assumptions.assumeTrue(missing == null, () -> target + " cannot run here: " + missing);
        return new Oracle(work, 20_000, tamper, target).judge(sum(target));
    }

    @Test
    void clusterOutputAgreesAndALostGatherIsAMiscompile(@TempDir Path work) {
        Verdict own = judge("CLUSTER", work, UnaryOperator.identity());
        assertEquals(Outcome.OK, own.outcome(), own.detail());
        Verdict v = judge("CLUSTER", work, out -> out.replaceFirst(" a = m\\$\\.gather\\(a, 1, 0\\);", ""));
        assertEquals(Outcome.MISCOMPILE, v.outcome(), v.detail());
        assertTrue(v.detail().contains("slot 1") && v.detail().contains("np=2"), v.detail());
    }

    @Test
    void gpuOutputAgreesAndAWrongKernelIsAMiscompile(@TempDir Path work) {
        Verdict own = judge("GPU", work, UnaryOperator.identity());
        assertEquals(Outcome.OK, own.outcome(), own.detail());
        Verdict v = judge("GPU", work, out -> out.replaceFirst("jpar_imul\\(a\\[i\\], 2\\)", "jpar_imul(a[i], 3)"));
        assertEquals(Outcome.MISCOMPILE, v.outcome(), v.detail());
        assertTrue(v.detail().contains("slot 1") && v.detail().contains("OpenCL device"), v.detail());
    }
}
