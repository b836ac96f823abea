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
        for (int i = 0; i < x.length; i++) {
            cs[i].v = x[i] * 2;
            Cell o = new Cell(x[i]);
            Cell p = new Cell();
            p.add(x[i]);
            x[i] = o.v + p.v;
        }
    }
}
