package io.jpar.processor.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jpar:explain shows, per CLUSTER loop, how ranks split it and how each variable moves, with bytes per call. */
class ClusterExplainTest {

    private static String explain(Path tmp, String name, String source) throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve(name + ".java"), source);
        ProcessorResult r = new JparProcessor(ProcessorOptions.defaults().withExplain(true).withDisplayBase(tmp))
                .process(List.of(src), tmp.resolve("out"));
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        return r.explain();
    }

    @Test
    void matrixMultiplyScattersRowsOfABroadcastsBAndGathersC(@TempDir Path tmp) throws IOException {
        String text = explain(tmp, "MatrixMultiply", """
                import io.jpar.Parallel;
                import io.jpar.Target;

                class MatrixMultiply {
                    @Parallel(target = Target.CLUSTER)
                    static double[][] multiply(double[][] a, double[][] b) {
                        int n = a.length;
                        int p = b.length;
                        int m = b[0].length;
                        double[][] c = new double[n][m];
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j < m; j++) {
                                double sum = 0.0;
                                for (int k = 0; k < p; k++) {
                                    sum += a[i][k] * b[k][j];
                                }
                                c[i][j] = sum;
                            }
                        }
                        return c;
                    }
                }
                """);
        for (String line : List.of(
                "    decision: parallel on a cluster: blocks of iterations on MPJ Express ranks, CPU threads in each",
                "    cluster: ranks split i into one contiguous block per rank (rank 0 runs the first), as the arrays moved by"
                        + " block need, each on its CPU threads",
                "    data movement per call:",
                "      m (int): broadcast (a scalar), 4 bytes",
                "      a (double[][]): scatter rows by block (read only at a[i][...]), 8 bytes x row length x block",
                "      b (double[][]): broadcast (read at any index), 8 bytes x every element of b",
                "      c (double[][]): gather rows by block (written at c[i][...]; created just before the loop, so every rank"
                        + " starts from the same zeros), 8 bytes x row length x block")) {
            assertTrue(text.contains(line + "\n"), "explain shows: " + line);
        }
    }

    /** Nothing moves by block: the runtime deals blocks round the ranks (Space.dealt), and explain says so. */
    @Test
    void aReductionAloneIsDealtRoundTheRanks(@TempDir Path tmp) throws IOException {
        String text = explain(tmp, "Primes", """
                import io.jpar.Parallel;
                import io.jpar.Target;

                class Primes {
                    @Parallel(target = Target.CLUSTER)
                    static long count(int n) {
                        long found = 0;
                        for (int i = 2; i < n; i++) {
                            boolean prime = true;
                            for (int d = 2; (long) d * d <= i && prime; d++) {
                                prime = i % d != 0;
                            }
                            if (prime) {
                                found++;
                            }
                        }
                        return found;
                    }
                }
                """);
        assertTrue(text.contains("    cluster: ranks split i into blocks dealt round the ranks (up to 8 per rank, spread over the whole"
                + " range, so that a cost growing with the index is shared; one block per rank when there are too few iterations),"
                + " each on its CPU threads\n"), text);
    }

    @Test
    void conditionalWritesAreScatteredBeforeTheyAreGathered(@TempDir Path tmp) throws IOException {
        String text = explain(tmp, "Writes", """
                import io.jpar.Parallel;
                import io.jpar.Target;

                class Writes {
                    @Parallel(target = Target.CLUSTER)
                    static long clip(double[] a, double[] b, double limit, String label) {
                        long clipped = 0;
                        for (int i = 0; i < a.length; i++) {
                            b[i] = a[i] * label.length();
                            if (a[i] > limit) {
                                a[i] = limit;
                                clipped++;
                            }
                        }
                        return clipped;
                    }
                }
                """);
        for (String line : List.of(
                "      limit (double): broadcast (a scalar), 8 bytes",
                "      label (String): serialized (Java serialization inside jpar's messages: its class must be Serializable, and listed"
                        + " in jpar.cluster.allow unless it is in java.lang, java.util, java.math or java.time), the size of its serialized form",
                "      a (double[]): scatter by block (read at a[i]), 8 bytes x block, then gather by block (written at a[i]), 8 bytes x block",
                "      b (double[]): gather by block (written at b[i] by every iteration), 8 bytes x block",
                "      clipped (long): reduce (reduction with +), 8 bytes from each rank")) {
            assertTrue(text.contains(line + "\n"), "explain shows: " + line);
        }
    }

    @Test
    void collapseSplitsTheOuterIndexBetweenRanks(@TempDir Path tmp) throws IOException {
        String text = explain(tmp, "Grid", """
                import io.jpar.Parallel;
                import io.jpar.Target;

                class Grid {
                    @Parallel(target = Target.CLUSTER, collapse = 2)
                    static void add(double[][] a, double[][] out, int rows, int cols) {
                        for (int i = 0; i < rows; i++) {
                            for (int j = 0; j < cols; j++) {
                                out[i][j] = a[i][j] * 2;
                            }
                        }
                    }
                }
                """);
        assertTrue(text.contains("    cluster: collapse = 2: ranks split the outer index i into one contiguous block per rank (rank 0 runs"
                + " the first), as the arrays moved by block need; each rank runs every inner iteration of its rows, on its CPU threads\n"), text);
        assertTrue(text.contains("      out (double[][]): scatter rows by block (a write may leave elements of rows of the block unwritten,"
                + " which must come back as they were), 8 bytes x row length x block, then gather rows by block (written at out[i][...]),"
                + " 8 bytes x row length x block\n"));
    }

    @Test
    void arraysTouchedBeforeTheLoopAndOffsetsOfOtherArraysAreSentWhole(@TempDir Path tmp) throws IOException {
        String text = explain(tmp, "Offsets", """
                import io.jpar.Parallel;
                import io.jpar.Target;

                class Offsets {
                    @Parallel(target = Target.CLUSTER)
                    static double[][] fill(double[] src, double[] w, int[] offs, int n) {
                        double[][] g = new double[n][n];
                        g[0][0] = 5;
                        for (int i = 0; i < n; i++) {
                            for (int j = 1; j < n; j++) {
                                g[i][j] = src[i + offs[0]] * w[n - i];
                            }
                        }
                        return g;
                    }
                }
                """);
        for (String line : List.of(
                "      n (int): broadcast (a scalar), 4 bytes",
                "      g (double[][]): scatter rows by block (a write may leave elements of rows of the block unwritten, which must come"
                        + " back as they were), 8 bytes x row length x block, then gather rows by block (written at g[i][...]),"
                        + " 8 bytes x row length x block",
                "      src (double[]): broadcast (read at any index), 8 bytes x src.length",
                "      w (double[]): scatter by block (read only at w[n - i]), 8 bytes x block",
                "      offs (int[]): broadcast (read at any index), 4 bytes x offs.length")) {
            assertTrue(text.contains(line + "\n"), "explain shows: " + line);
        }
    }
}
