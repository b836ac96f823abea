package demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SquaresTest {

    private static final int N = 1 << 21;

    @Test
    void givesTheSequentialResultOnTheTwoThreadsAskedFor() {
        int[] a = Inputs.random(N, 42);
        long expectedSum = 0;
        long[] expectedSquares = new long[N];
        for (int i = 0; i < N; i++) {
            expectedSquares[i] = (long) a[i] * a[i];
            expectedSum += expectedSquares[i];
        }

        // How the two threads share the chunks depends on timing, so a call may rarely end up on one thread;
        // every call must still give the sequential result.
        Set<String> threads = new TreeSet<>();
        for (int call = 0; call < 20 && threads.size() < 2; call++) {
            long[] squares = new long[N];
            String[] seenBy = new String[N];

            assertEquals(expectedSum, Squares.sumOfSquares(a, squares, seenBy));
            assertArrayEquals(expectedSquares, squares);
            threads = new TreeSet<>(Arrays.asList(seenBy));
        }
        assertEquals(2, threads.size(), "jpar.threads=2, threads seen: " + threads);
    }
}
