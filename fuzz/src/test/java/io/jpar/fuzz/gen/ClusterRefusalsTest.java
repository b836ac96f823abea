package io.jpar.fuzz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterRefusalsTest {

    private static final List<String> PROGRAM = List.of(
            "public class P {",
            "    int twice(int v) { return v * 2; }",
            "    @Parallel(target = io.jpar.Target.CLUSTER)",
            "    void f0(int n, int[] a, int[] wi, double[] flat, int m) {",
            "        for (int i = 4; i < n + 4; i++) {",
            "            wi[i] = twice(a[i]);",
            "            wi[i] += peek(a[i]);",
            "            for (int j = 0; j < m; j++) {",
            "                flat[i * m + j] = 1.0;",
            "            }",
            "        }",
            "    }",
            "}");

    @Test
    void clusterOnlyStatementsOfAnAnnotatedMethodAreExpectedRefusals() {
        Expectation e = ClusterRefusals.expect(PROGRAM, Expectation.accept());
        assertFalse(e.legal());
        assertEquals(Set.of(6, 7, 9), e.lines());
        assertTrue(e.reason().contains("this") && e.reason().contains("static") && e.reason().contains("gather"), e.reason());
        // the error on such a line must be CLUSTER's, not some other refusal
        assertTrue(e.mentionedBy("this uses the object, which the other JVMs of a cluster job do not have"));
        assertFalse(e.mentionedBy("i is written in the loop body"));
    }

    /** Lanes of one width move by lane on a cluster; next to another access of flat no block can be gathered. */
    @Test
    void lanesAreRefusedOnlyAmongOtherAccessesOfFlat() {
        List<String> lanes = List.of("public class P {", "    static void f0(int n, double[] flat, int m) {",
                "        for (int k = 0; k < n; k++) {", "            flat[3 * k + 1] = 2.0;", "            flat[3 * k] += flat[3 * k + 2] * 0.5;",
                "        }", "    }", "}");
        assertEquals(Expectation.accept(), ClusterRefusals.expect(lanes, Expectation.accept()));
        List<String> mixed = new java.util.ArrayList<>(lanes);
        mixed.add(5, "            flat[k] = 1.0;");
        Expectation e = ClusterRefusals.expect(mixed, Expectation.accept());
        assertEquals(Set.of(4, 5), e.lines());
        assertTrue(e.reason().contains("gather"), e.reason());
    }

    /** Every write of a field of an element of an array of Cells (cs, cg, an alias el, the local lc and its fill, an update of r at any index) is a CLUSTER refusal. */
    @Test
    void elementFieldWritesAreExpectedRefusals() {
        List<String> program = List.of("public class P {",
                "    static void f0(int n, int m, int[] wi, Cell[] cs, Cell[] ds, Cell[][] cg) {",
                "        Cell[] lc = new Cell[n + 8];",
                "        for (int p = 0; p < n + 8; p++) {",
                "            lc[p] = new Cell(p + 0.5);",
                "        }",
                "        for (int i = 4; i < n + 4; i++) {",
                "            wi[i] = cs[i + 1].k + ds[i].k;",
                "            cs[i - 2].v = ds[i].v * 0.5;",
                "            ++cs[i - 2].k;",
                "            Cell el3 = cg[i][0];",
                "            el3.k ^= el3.k * 3 + 1;",
                "            cg[i][1].k--;",
                "            lc[i].v += wi[i];",
                "            double d4 = lc[i].v == 0 ? cs[i].v : 1;",
                "            cs[i - 2].add(d4);",
                "            int t5 = cellK(ds[i]) + (int) cellV(cs[i - 2]);",
                "            cs[a[i + 1] & 7].r |= 1 << ((t5) & 15);",
                "            --cs[0].r;",
                "        }",
                "    }",
                "}");
        Expectation e = ClusterRefusals.expect(program, Expectation.accept());
        assertEquals(Set.of(5, 9, 10, 12, 13, 14, 16, 18, 19), e.lines());
        assertTrue(e.reason().contains("element of an array of objects"), e.reason());
        assertTrue(e.mentionedBy("cs[i].v writes an element of cs (Cell[]); a cluster job brings back only arrays of primitives"));
    }

    /** A scratch object (made before the loop, each iteration writing its fields first) is a CLUSTER refusal: ranks get no copy of it. */
    @Test
    void scratchObjectsAreExpectedRefusals() {
        List<String> program = List.of("public class P {",
                "    static void f0(int n, double[] x, int[] wi) {",
                "        Cell tmp = new Cell(0.5);",
                "        for (int i = 4; i < n + 4; i++) {",
                "            tmp.v = x[i] * 2;",
                "            double d1 = cellV(tmp);",
                "            wi[i] = (int) d1;",
                "        }",
                "    }",
                "}");
        Expectation e = ClusterRefusals.expect(program, Expectation.accept());
        assertEquals(Set.of(3, 5, 6), e.lines());
        assertTrue(e.reason().contains("scratch object"), e.reason());
        assertTrue(e.mentionedBy("t (new Vec()) is a scratch object of the loop, which jpar gives each CPU thread a copy of, but not a cluster job"));
    }

    @Test
    void aProgramWithoutThemKeepsItsCpuExpectation() {
        List<String> plain = List.of("public class P {", "    static void f0(int n, int[] a) {", "        a[0] = n;", "    }", "}");
        assertEquals(Expectation.accept(), ClusterRefusals.expect(plain, Expectation.accept()));
    }

    /** Every annotation names CLUSTER, except the shared {@code inner} helper's, which runs inline inside a parallel body. */
    @Test
    void clusterProgramsNameTheirTargetOnEveryAnnotation() {
        for (int k = 0; k < 20; k++) {
            Program p = new ProgramGenerator(7, "CLUSTER").generate(k);
            List<String> lines = p.lines();
            for (int at = 0; at < lines.size(); at++) {
                boolean helper = at + 1 < lines.size() && lines.get(at + 1).contains("static long inner(");
                if (lines.get(at).contains("@Parallel") && !helper) {
                    assertTrue(lines.get(at).contains("target = io.jpar.Target.CLUSTER"), p.name() + ": " + lines.get(at));
                }
            }
        }
    }
}
