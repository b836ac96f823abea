import io.jpar.Parallel;
import io.jpar.Target;

public class Concat {
    @Parallel(target = Target.CLUSTER)
    static String digits(int n) {
        String s = "";
        for (int i = 0; i < n; i++) {
            s += i % 10;
        }
        return s;
    }

    @Parallel(target = Target.CLUSTER)
    static Integer boxed(int[] a) {
        Integer total = 0;
        for (int i = 0; i < a.length; i++) {
            total += a[i];
        }
        return total;
    }
}
