package io.jpar.samples.cluster;

/** The problem sizes of one run of the cluster samples. */
record ClusterSizes(int primesBelow, long piSamples, int intervals, int matrixSize) {

    /** A few seconds of sequential work in all on one core, so that two ranks have something to share. */
    static final ClusterSizes FULL = new ClusterSizes(3_000_000, 20_000_000L, 200_000_000, 500);

    /** A smoke run: every rank gets a block, the job takes a second or two beyond its start. */
    static final ClusterSizes QUICK = new ClusterSizes(100_000, 200_000L, 2_000_000, 60);
}
