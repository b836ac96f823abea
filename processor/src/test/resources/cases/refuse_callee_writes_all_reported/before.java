import io.jpar.Parallel;

// a callee that writes shared state in several places is refused with every one of them, not only the first
class Many {
    static int a, b;
    static int[] hist = new int[4];
    static void touch(int v) { a = v; b += v; hist[v & 3]++; }

    @Parallel
    static void f(int n) {
        for (int i = 0; i < n; i++) {
            touch(i);
        }
    }
}
