package io.jpar.runtime;

import io.jpar.Schedule;
import io.jpar.runtime.cpu.CpuLoops;
import io.jpar.runtime.cpu.IntChunk;

/** What the forked JVMs of the tests run: {@code threads} prints the thread count; {@code loops} runs loops. */
public final class ForkedMain {

    private ForkedMain() {
    }

    static final class Count extends IntChunk<Count> {
        long count;

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                count++;
            }
        }

        @Override
        protected Count fresh() {
            return new Count();
        }

        @Override
        protected void merge(Count later) {
            count += later.count;
        }
    }

    public static void main(String[] args) {
        switch (args[0]) {
            case "threads":
                System.out.println("threads=" + Jpar.threads());
                break;
            case "loops":
                LoopSite big = new LoopSite("Big.java:10", "Big.count", Schedule.STATIC, 0, 2, Relation.LT);
                LoopSite tiny = new LoopSite("Tiny.java:20", "Tiny.count", Schedule.AUTO, 0, 2, Relation.LT);
                new LoopSite("Never.java:30", "Never.count", Schedule.AUTO, 0, 0, Relation.LT);
                for (int call = 0; call < 3; call++) {
                    System.out.println(CpuLoops.forInt(big, 0, 1000, 1, new Count()).count);
                }
                for (int call = 0; call < 5; call++) {
                    System.out.println(CpuLoops.forInt(tiny, 0, 1, 1, new Count()).count);
                }
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
    }
}
