package io.jpar.runtime;

import io.jpar.Schedule;

import java.util.concurrent.atomic.AtomicInteger;

/** Loop sites for tests, each at its own made-up line so that no two share statistics or an estimate. */
public final class Sites {

    private static final AtomicInteger LINE = new AtomicInteger();

    private Sites() {
    }

    public static LoopSite site(Schedule schedule, int chunk, int threads, Relation... relations) {
        return new LoopSite("Test.java:" + LINE.incrementAndGet(), "Test.loop", schedule, chunk, threads, relations);
    }

    public static LoopSite site(Relation... relations) {
        return site(Schedule.AUTO, 0, 3, relations);
    }
}
