import io.jpar.Parallel;

public class OneLine {
    // a class written on one line: its constructor and its methods are told apart by column, not by line
    static class Base { static int created; int z = tick(); int w; Base() { this.w = 3; } static int tick() { return ++created; } }
    static final class Kid extends Base { int d; Kid(int d) { this.d = d + z; } }

    static class Counted { static int made; int w; Counted() { made++; this.w = 3; } int sum() { return w; } }
    static final class Child extends Counted { int d; Child(int d) { this.d = d; } }

    @Parallel
    static void initializer(int[] a, int[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = new Kid(a[i]).d;
        }
    }

    @Parallel
    static void callOnNew(int[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = new Child(i).sum();
        }
    }
}
