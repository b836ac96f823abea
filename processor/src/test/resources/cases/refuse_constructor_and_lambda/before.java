import io.jpar.Parallel;

public class Ctor {
    final int[] data;

    @Parallel
    Ctor(int n) {
        data = new int[n];
        for (int i = 0; i < n; i++) {
            data[i] = i;
        }
    }

    @Parallel
    static Runnable later(int[] a) {
        for (int k = 0; k < 1; k++) {
            a[k] = 0;
        }
        return () -> {
            for (@Parallel int i = 0; i < a.length; i++) {
                a[i] = i;
            }
        };
    }

    static Runnable anonymous(int[] a) {
        return new Runnable() {
            @Parallel
            public void run() {
                for (int i = 0; i < a.length; i++) {
                    a[i] = i;
                }
            }
        };
    }
}
