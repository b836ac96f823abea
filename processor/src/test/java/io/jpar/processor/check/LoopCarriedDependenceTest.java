package io.jpar.processor.check;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopCarriedDependenceTest {

    @Test
    void readsAndWritesOfOtherIterationsElementsAreRefused(@TempDir Path tmp) {
        CheckTester.of(new LoopCarriedDependence()).expect(tmp, "Carried", """
                import io.jpar.Parallel;

                class Carried {
                    @Parallel
                    static void prefix(int[] a) {
                        for (int i = 1; i < a.length; i++) {
                            // BUG: Diagnostic contains: a[i - 1]
                            a[i] = a[i - 1] + 1;
                        }
                    }

                    @Parallel
                    static void lanes(double[] a, int n) {
                        for (int i = 0; i < n; i++) {
                            a[3 * i] = i;
                            a[3 * i + 1] = a[3 * i] * 2;
                            a[3 * i + 2] = a[3 * i + 1] + a[3 * i];
                        }
                    }

                    @Parallel
                    static void overlap(double[] a, int n) {
                        for (int i = 0; i < n; i++) {
                            a[2 * i] = i;
                            // BUG: Diagnostic contains: a[2 * i + 2] of iteration i is a[2 * i] of iteration i + 1
                            a[2 * i + 2] = -i;
                        }
                    }
                }
                """);
    }
}
