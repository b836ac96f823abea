import io.jpar.Parallel;

public class UnseenShared {
    interface Sink {
        void put(int i, double v);
    }

    @Parallel
    static void send(double[] a, Sink sink) {
        for (int i = 0; i < a.length; i++) {
            sink.put(i, a[i]);
        }
    }

    static abstract class Shape {
        abstract void grow(double[] by);
    }

    @Parallel
    static void growAll(Shape s, double[] by) {
        for (int i = 0; i < by.length; i++) {
            step(s, by);
        }
    }

    static void step(Shape s, double[] by) {
        s.grow(by);
    }

    @Parallel(trust = {"Sink.put", 3})
    static void badTrust(double[] a, Sink sink) {
        for (int i = 0; i < a.length; i++) {
            sink.put(i, a[i]);
        }
    }
}
