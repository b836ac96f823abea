import io.jpar.Parallel;

// what new T() runs is analysed whole: superclass constructors, this(...), field initializers and initializer blocks
class Chain {
    static class Base {
        static int created;
        Base() { created++; }
    }
    static final class Kid extends Base {
        Kid(int x) { }
    }
    static class Counted {
        static int made;
        int id = made++;
    }
    static class Blocky {
        static int made;
        { made++; }
        Blocky() { }
    }
    static class Explicit extends Base {
        Explicit() { super(); }
    }
    static class Viathis {
        static int n;
        Viathis() { this(1); }
        Viathis(int k) { n += k; }
    }
    @Parallel
    static int[] a(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) { Kid k = new Kid(i); out[i] = i; }
        return out;
    }
    @Parallel
    static int[] b(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) { Counted c = new Counted(); out[i] = c.id; }
        return out;
    }
    @Parallel
    static int[] c(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) { Blocky c = new Blocky(); out[i] = i; }
        return out;
    }
    @Parallel
    static int[] d(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) { Explicit c = new Explicit(); out[i] = i; }
        return out;
    }
    @Parallel
    static int[] e(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) { Viathis c = new Viathis(); out[i] = i; }
        return out;
    }
}
