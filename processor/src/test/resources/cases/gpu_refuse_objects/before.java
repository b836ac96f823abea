import io.jpar.Parallel;
import io.jpar.Target;

public class Objects {
    static class Point {
        double x;
    }

    double scale = 2;
    Point origin = new Point();

    @Parallel(target = Target.GPU)
    void shift(double[] a, String[] names, Point p) {
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] * this.scale;
            a[i] += p.x;
            a[i] += names[i].length();
            a[i] += origin.x;
            String label = "item";
            a[i] += label.length();
        }
    }
}
