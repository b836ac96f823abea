package io.jpar.runtime.cpu;

import io.jpar.runtime.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * Chunks that record the indices they run, in order, and merge by appending: the merged list of a parallel
 * run equals the sequential loop's list exactly when every iteration ran once and partials merged in order.
 * Each runs {@code for (i = from; i REL to; i += step)} as generated chunks do; without a relation, {@code <} for
 * a positive step and {@code >} otherwise.
 */
final class Recorders {

    private Recorders() {
    }

    static final class IntRecorder extends IntChunk<IntRecorder> {
        final int step;
        final Relation rel;
        final List<Long> seen = new ArrayList<>();

        IntRecorder(int step) {
            this(step, step > 0 ? Relation.LT : Relation.GT);
        }

        IntRecorder(int step, Relation rel) {
            this.step = step;
            this.rel = rel;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; rel.holds(i, to); i += step) {
                seen.add((long) i);
            }
        }

        @Override
        protected IntRecorder fresh() {
            return new IntRecorder(step, rel);
        }

        @Override
        protected void merge(IntRecorder later) {
            seen.addAll(later.seen);
        }
    }

    static final class LongRecorder extends LongChunk<LongRecorder> {
        final long step;
        final Relation rel;
        final List<Long> seen = new ArrayList<>();

        LongRecorder(long step) {
            this(step, step > 0 ? Relation.LT : Relation.GT);
        }

        LongRecorder(long step, Relation rel) {
            this.step = step;
            this.rel = rel;
        }

        @Override
        protected void run(long from, long to) {
            for (long i = from; rel.holds(i, to); i += step) {
                seen.add(i);
            }
        }

        @Override
        protected LongRecorder fresh() {
            return new LongRecorder(step, rel);
        }

        @Override
        protected void merge(LongRecorder later) {
            seen.addAll(later.seen);
        }
    }

    static final class PairRecorder extends Int2Chunk<PairRecorder> {
        final int step;
        final Relation rel;
        final List<String> seen = new ArrayList<>();

        PairRecorder(int step) {
            this(step, step > 0 ? Relation.LT : Relation.GT);
        }

        PairRecorder(int step, Relation rel) {
            this.step = step;
            this.rel = rel;
        }

        @Override
        protected void run(int i, int from, int to) {
            for (int j = from; rel.holds(j, to); j += step) {
                seen.add(i + ":" + j);
            }
        }

        @Override
        protected PairRecorder fresh() {
            return new PairRecorder(step, rel);
        }

        @Override
        protected void merge(PairRecorder later) {
            seen.addAll(later.seen);
        }
    }
}
