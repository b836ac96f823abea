package io.jpar.processor.check;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks on the loop's own shape: its form, collapse, the types the chunk must name, short-circuit updates. */
class LoopShapeTest {

    @Test
    void loopsNotOfTheCanonicalFormAreRefusedAtTheirReason(@TempDir Path tmp) {
        CheckTester.of(new NotCanonicalLoop()).expect(tmp, "Forms", """
                import io.jpar.Parallel;

                class Forms {
                    @Parallel
                    static void noCondition(int[] a) {
                        // BUG: Diagnostic contains: has no condition
                        for (int i = 0; ; i++) {
                            if (i >= a.length) { return; }
                            a[i] = 1;
                        }
                    }

                    @Parallel
                    static void wrongWay(int[] a) {
                        // BUG: Diagnostic contains: counts down
                        for (int i = 0; i < a.length; i--) {
                            a[0] = 1;
                        }
                    }

                    @Parallel
                    static void doubleIndex(double[] a) {
                        // BUG: Diagnostic contains: is a double
                        for (double x = 0; x < 1; x += 0.5) {
                            a[0] = x;
                        }
                    }

                    @Parallel
                    static void fine(int[] a) {
                        for (int i = a.length - 1; i >= 0; i -= 2) {
                            a[i] = i;
                        }
                    }
                }
                """);
    }

    @Test
    void collapseOfLoopsThatAreNotARectangularPerfectNestIsRefused(@TempDir Path tmp) {
        CheckTester.of(new IllegalCollapse()).expect(tmp, "Nests", """
                import io.jpar.Parallel;

                class Nests {
                    @Parallel(collapse = 2)
                    static void triangle(int[][] a, int n) {
                        for (int i = 0; i < n; i++) {
                            // BUG: Diagnostic contains: the inner loop's limit i does
                            for (int j = 0; j < i; j++) {
                                a[i][j] = 1;
                            }
                        }
                    }

                    @Parallel(collapse = 2)
                    static void notPerfect(int[][] a, int n) {
                        // BUG: Diagnostic contains: is not just one for loop
                        for (int i = 0; i < n; i++) {
                            a[i][0] = 0;
                            for (int j = 1; j < n; j++) {
                                a[i][j] = 1;
                            }
                        }
                    }

                    @Parallel(collapse = 2)
                    static void innerNoCondition(int[][] a, int n) {
                        for (int i = 0; i < n; i++) {
                            // BUG: Diagnostic contains: collapse = 2: the loop has no condition
                            for (int j = 0; ; j++) {
                                if (j == n) { break; }
                            }
                        }
                    }

                    @Parallel(collapse = 2)
                    static void longs(int[][] a, long n) {
                        // BUG: Diagnostic contains: needs int indices
                        for (long i = 0; i < n; i++) {
                            for (int j = 0; j < 4; j++) {
                                a[(int) i][j] = 1;
                            }
                        }
                    }

                    @Parallel(collapse = 2)
                    static void rectangle(int[][] a, int n, int m) {
                        for (int i = 0; i < n; i++) {
                            for (int j = 1; j < m; j++) {
                                a[i][j] = i + j;
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void aCopiedLocalWhoseVarTypeCannotBeResolvedIsRefused(@TempDir Path tmp) {
        CheckTester.of(new UnknownVariableType()).expect(tmp, "Vars", """
                import io.jpar.Parallel;

                class Vars {
                    @Parallel
                    static void scale(double[] a) {
                        var factor = com.example.missing.Config.factor();
                        factor = factor * 2;
                        for (int i = 0; i < a.length; i++) {
                            // BUG: Diagnostic contains: cannot tell the type of factor
                            a[i] = a[i] * factor;
                        }
                    }

                    @Parallel
                    static void known(double[] a) {
                        var factor = 2.0;
                        factor = factor * 2;
                        for (int i = 0; i < a.length; i++) {
                            a[i] = a[i] * factor;
                        }
                    }
                }
                """);
    }

    @Test
    void shortCircuitUpdatesWithEffectsAreRefusedWithoutEffectsAccepted(@TempDir Path tmp) {
        CheckTester.of(new ShortCircuitEffects()).expect(tmp, "Tests", """
                import io.jpar.Parallel;

                class Tests {
                    static int calls;

                    static boolean check(int x) {
                        return x > 0;
                    }

                    @Parallel
                    static boolean all(int[] a) {
                        boolean ok = true;
                        for (int i = 0; i < a.length; i++) {
                            // BUG: Diagnostic contains: skips once ok is false
                            ok = ok && check(a[i]);
                        }
                        return ok;
                    }

                    @Parallel
                    static boolean any(int[] a, int[] b) {
                        boolean found = false;
                        for (int i = 0; i < a.length; i++) {
                            // BUG: Diagnostic contains: skips once found is true
                            found = found || b[a[i]] > 0;
                        }
                        return found;
                    }

                    @Parallel
                    static boolean plain(int[] a) {
                        boolean found = false;
                        for (int i = 0; i < a.length; i++) {
                            found = found || a[i] > 0;
                        }
                        return found;
                    }
                }
                """);
    }
}
