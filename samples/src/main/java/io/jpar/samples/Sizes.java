package io.jpar.samples;

/** The problem sizes of one run of the samples. */
public record Sizes(int primesBelow, int firstInput, int inputCount, int inputStep, long piSamples,
                    int intervals, int matrixSize) {

    /** About a second of sequential work per sample on one core of a laptop: the whole run takes 10 to 30 s. */
    public static final Sizes FULL = new Sizes(5_000_000, 1_000_000, 8, 100, 150_000_000L, 750_000_000, 700);

    /** Small sizes that still keep every thread busy: a smoke run of a second or two. */
    public static final Sizes QUICK = new Sizes(200_000, 50_000, 8, 100, 1_000_000L, 4_000_000, 120);
}
