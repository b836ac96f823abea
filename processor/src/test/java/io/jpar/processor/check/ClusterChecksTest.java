package io.jpar.processor.check;

import io.jpar.processor.plan.cluster.ClusterPlanner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CLUSTER's own checks, each alone. */
class ClusterChecksTest {

    @Test
    void writesNoRankBlockCoversAreRefusedLanesAreNot(@TempDir Path tmp) {
        CheckTester.of(m -> UngatherableWrite.check(ClusterPlanner.plan(m)), "UngatherableWrite").expect(tmp, "Writes", """
                import io.jpar.Parallel;
                import io.jpar.Target;

                class Writes {
                    @Parallel(target = Target.CLUSTER)
                    static void lanes(byte[] data, int blocks) {
                        for (int b = 0; b < blocks; b++) {
                            for (int c = 0; c < 8; c++) {
                                data[8 * b + c] ^= (byte) b;
                            }
                        }
                    }

                    @Parallel(target = Target.CLUSTER)
                    static void flat(double[] out, int n, int m) {
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j < m; j++) {
                                // BUG: Diagnostic contains: cannot bring each rank's block of out back to rank 0
                                out[i * m + j] = i + j;
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void theInstanceAndStaticStateAreNotOnOtherRanks(@TempDir Path tmp) {
        String source = """
                import io.jpar.Parallel;
                import io.jpar.Target;

                class State {
                    static int calls;
                    int scale = 2;

                    static int peek(int v) { return v + calls; }

                int twice(int v) { return v * scale; }

                    @Parallel(target = Target.CLUSTER)
                    void f(int[] a) {
                        for (int i = 0; i < a.length; i++) {
                            // MARK ThisOnRanks: this
                            a[i] = twice(i);
                            // MARK StaticStateOnRanks: calls
                            a[i] += peek(i);
                        }
                    }
                }
                """;
        CheckTester.of(new ThisOnRanks()).expect(tmp.resolve("this"), "State", CheckTester.marksOf(source, "ThisOnRanks"));
        CheckTester.of(new StaticStateOnRanks()).expect(tmp.resolve("static"), "State", CheckTester.marksOf(source, "StaticStateOnRanks"));
    }
}
