package io.jpar.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.runtime.Jpar;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

class HelloTest {

    /** Set by the pom from the build's {@code jpar.skip}: then the samples were compiled as written, not rewritten. */
    private static final boolean REWRITTEN = !Boolean.getBoolean("jpar.skip");

    @Test
    void iterationsRunOnSeveralThreadsOfThePool() {
        assertEquals(2, Jpar.threads(), "the pom runs the tests with jpar.threads=2");
        String[] ranBy = Hello.whoRanEachIteration(24);
        Arrays.stream(ranBy).forEach(name -> assertNotNull(name, "every iteration ran"));
        if (REWRITTEN) {
            assertEquals(2, Hello.distinctThreads(ranBy), () -> "threads: " + Arrays.toString(ranBy));
        } else {
            // Built with -Djpar.skip=true: the method is the plain sequential loop.
            assertEquals(1, Hello.distinctThreads(ranBy), () -> "threads: " + Arrays.toString(ranBy));
        }
    }

    @Test
    void underSequentialEveryIterationRunsOnTheCallingThread() {
        String caller = Thread.currentThread().getName();
        String[] ranBy = Jpar.sequential(() -> Hello.whoRanEachIteration(24));
        assertTrue(Arrays.stream(ranBy).allMatch(caller::equals), () -> "threads: " + Arrays.toString(ranBy));
    }
}
