package io.jpar.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jpar.runtime.Jpar;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

class HelloTest {

    /** Set by the pom from the build's {@code jpar.skip}: then the samples were compiled as written, not rewritten. */
    private static final boolean REWRITTEN = !Boolean.getBoolean("jpar.skip");

    private static final int ITERATIONS = 16;

    @Test
    void iterationsRunOnBothThreadsOfThePool() {
        assertEquals(2, Jpar.threads(), "the pom runs the tests with jpar.threads=2");
        Hello.Greeting[] greetings = Hello.greet(ITERATIONS);
        String[] threads = Hello.threads(greetings);
        if (REWRITTEN) {
            assertEquals(2, threads.length, () -> "threads: " + Arrays.toString(greetings));
        } else {
            // Built with -Djpar.skip=true: the method is the plain sequential loop.
            assertArrayEquals(new String[] {Thread.currentThread().getName()}, threads);
        }
    }

    @Test
    void everyIterationGreetsOnceWithItsJobsAnswer() {
        Hello.Greeting[] greetings = Hello.greet(ITERATIONS);
        assertEquals(ITERATIONS, greetings.length);
        for (int i = 0; i < ITERATIONS; i++) {
            assertEquals(i, greetings[i].iteration());
            assertEquals(Sieve.sumOfPrimesBelow(greetings[i].bound()), greetings[i].sumOfPrimes());
        }
    }

    @Test
    void underSequentialEveryIterationRunsOnTheCallingThread() {
        Hello.Greeting[] greetings = Jpar.sequential(() -> Hello.greet(ITERATIONS));
        assertArrayEquals(new String[] {Thread.currentThread().getName()}, Hello.threads(greetings));
    }
}
