package io.jpar.samples;

import io.jpar.runtime.Jpar;

import java.util.function.Supplier;

/**
 * One sample at one size, where the parallel method (a cluster or GPU one) and its sequential reference are two
 * methods: the reference is the CPU sample the parallel one was made from, or a plain copy of its loop, always
 * run under {@link Jpar#sequential} so that it is the sequential loop on the calling thread.
 */
public record SideBySide<T>(String name, String size, Supplier<T> sequential, Supplier<T> parallel,
                            Comparison<T> comparison) {

    /** Warms both up once, then times one sequential and one parallel call. */
    public Measurement measure() {
        Jpar.sequential(sequential);
        parallel.get();
        long start = System.nanoTime();
        T reference = Jpar.sequential(sequential);
        long middle = System.nanoTime();
        T result = parallel.get();
        long end = System.nanoTime();
        return new Measurement(name, size, middle - start, end - middle, comparison.compare(reference, result));
    }
}
