import io.jpar.Parallel;

public class Cells {
    static final class Cell {
        double v;
        int k;

        Cell(double v) {
            this.v = v;
        }

        Cell() {
        }

        Cell add(double d) {
            v += d;
            k++;
            return this;
        }
    }

    // the iteration's own Cell reads and writes v, as the elements do: it is no element, so no other path to them
    @Parallel
    static void own(double[] x, Cell[] cs) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            cs[i].v = x[i] * 2;
            Cell o = new Cell(x[i]);
            Cell p = new Cell();
            p.add(x[i]);
            x[i] = o.v + p.v;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Cells.java:25", "Cells.own", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"x", "cs"}, new String[] {}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, x.length, 1, new JparLoop1(), new java.lang.Object[] {x, io.jpar.runtime.ArrayOverlap.elements(cs)}, new java.lang.Object[] {});
    }
} // rewritten by jpar from Cells.java; see jpar:explain
