package io.jpar.runtime.cpu;

import java.util.ArrayList;
import java.util.List;

/**
 * Chunks that record the indices they run, in order, and merge by appending: the merged list of a parallel
 * run equals the sequential loop's list exactly when every iteration ran once and partials merged in order.
 */
final class Recorders {

    private Recorders() {
    }

    static final class IntRecorder extends IntChunk<IntRecorder> {
        final int step;
        final List<Long> seen = new ArrayList<>();

        IntRecorder(int step) {
            this.step = step;
        }

        @Override
        protected void run(int from, int to) {
            if (step > 0) {
                for (int i = from; i < to; i += step) {
                    seen.add((long) i);
                }
            } else {
                for (int i = from; i > to; i += step) {
                    seen.add((long) i);
                }
            }
        }

        @Override
        protected IntRecorder fresh() {
            return new IntRecorder(step);
        }

        @Override
        protected void merge(IntRecorder later) {
            seen.addAll(later.seen);
        }
    }

    static final class LongRecorder extends LongChunk<LongRecorder> {
        final long step;
        final List<Long> seen = new ArrayList<>();

        LongRecorder(long step) {
            this.step = step;
        }

        @Override
        protected void run(long from, long to) {
            if (step > 0) {
                for (long i = from; i < to; i += step) {
                    seen.add(i);
                }
            } else {
                for (long i = from; i > to; i += step) {
                    seen.add(i);
                }
            }
        }

        @Override
        protected LongRecorder fresh() {
            return new LongRecorder(step);
        }

        @Override
        protected void merge(LongRecorder later) {
            seen.addAll(later.seen);
        }
    }

    static final class PairRecorder extends Int2Chunk<PairRecorder> {
        final int step;
        final List<String> seen = new ArrayList<>();

        PairRecorder(int step) {
            this.step = step;
        }

        @Override
        protected void run(int i, int from, int to) {
            if (step > 0) {
                for (int j = from; j < to; j += step) {
                    seen.add(i + ":" + j);
                }
            } else {
                for (int j = from; j > to; j += step) {
                    seen.add(i + ":" + j);
                }
            }
        }

        @Override
        protected PairRecorder fresh() {
            return new PairRecorder(step);
        }

        @Override
        protected void merge(PairRecorder later) {
            seen.addAll(later.seen);
        }
    }
}
