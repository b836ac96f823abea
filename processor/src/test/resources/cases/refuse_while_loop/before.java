import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class While {
    @Parallel
    static int count(int n) {
        int i = 0;
        while (i < n) {
            i++;
        }
        return i;
    }
}
