package io.jpar.processor.check;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks on locals of the method that a loop writes: private, reductions, or refused. */
class ScalarWritesTest {

    private static final String SOURCE = """
            import io.jpar.Parallel;

            class Scalars {
                @Parallel
                static long f(int[] a) {
                    long sum = 0;
                    long product = 1;
                    int last = 0;
                    int scratch;
                    for (int i = 0; i < a.length; i++) {
                        scratch = a[i] * 2;
                        sum += scratch;
                        // MARK OuterLocalWrite: last
                        last = a[i] - last;
                        product *= a[i];
                        // MARK MixedReductionOperators: product is updated with * at line 15 and with +
                        product += 1;
                        // MARK ReductionVariableRead: sum
                        a[i] = (int) sum;
                    }
                    return sum + product + last;
                }
            }
            """;

    @Test
    void anOuterLocalReadBeforeItIsAssignedIsRefused(@TempDir Path tmp) {
        CheckTester.of(new OuterLocalWrite()).expect(tmp, "Scalars", CheckTester.marksOf(SOURCE, "OuterLocalWrite"));
    }

    @Test
    void aReductionWithTwoOperatorsIsRefusedAtTheSecond(@TempDir Path tmp) {
        CheckTester.of(new MixedReductionOperators()).expect(tmp, "Scalars", CheckTester.marksOf(SOURCE, "MixedReductionOperators"));
    }

    @Test
    void aReductionVariableReadOutsideItsUpdatesIsRefused(@TempDir Path tmp) {
        CheckTester.of(new ReductionVariableRead()).expect(tmp, "Scalars", CheckTester.marksOf(SOURCE, "ReductionVariableRead"));
    }
}
