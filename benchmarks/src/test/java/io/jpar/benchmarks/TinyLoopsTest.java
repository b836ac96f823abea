package io.jpar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jpar.benchmarks.tiny.TinyLoops;
import io.jpar.benchmarks.tiny.TinyLoopsByHand;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class TinyLoopsTest {

    @Test
    void annotatedTinyLoopsComputeWhatThePlainLoopsCompute() {
        SplittableRandom random = new SplittableRandom(5L);
        int[] values = random.ints(1_000, -1_000, 1_000).toArray();
        assertEquals(TinyLoopsByHand.sum(values), TinyLoops.sum(values));
        double[] x = random.doubles(64, -1.0, 1.0).toArray();
        double[] y = random.doubles(64, -1.0, 1.0).toArray();
        // Too small to split, the loop runs whole on the caller: the same additions in the same order.
        assertEquals(TinyLoopsByHand.dot(x, y), TinyLoops.dot(x, y));
    }
}
