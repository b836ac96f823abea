package demo;

import io.jpar.Parallel;

public final class Squares {

    private Squares() {
    }

    /**
     * Returns the sum of the squares of {@code a} and stores each square in {@code squares}; {@code seenBy}
     * receives the name of the thread that ran each iteration.
     */
    @Parallel
    public static long sumOfSquares(int[] a, long[] squares, String[] seenBy) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            long square = (long) a[i] * a[i];
            squares[i] = square;
            seenBy[i] = Thread.currentThread().getName();
            sum += square;
        }
        return sum;
    }
}
