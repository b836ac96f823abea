package io.jpar.processor.check;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsafeCallTest {

    @Test
    void callsThatWriteSharedStateAreRefusedWhereverTheWriteHides(@TempDir Path tmp) {
        CheckTester.of(new UnsafeCall()).expect(tmp, "Calls", """
                import io.jpar.Parallel;
                import java.util.ArrayList;
                import java.util.List;

                class Calls {
                    static int counted;
                    static class Shape { double area() { return 1; } }
                    static class Square extends Shape { @Override double area() { counted++; return 2; } }
                    static final class Acc { double sum; void add(double v) { sum += v; } }

                    static void count() { counted++; }

                    @Parallel
                    static void f(List<Integer> out, Shape[] shapes, Acc shared, double[] res) {
                        for (int i = 0; i < res.length; i++) {
                            // BUG: Diagnostic contains: writes field counted
                            count();
                            // BUG: Diagnostic contains: changes out, which the iterations share
                            out.add(i);
                            // BUG: Diagnostic contains: may run the override Square.area()
                            double a = shapes[i].area();
                            // BUG: Diagnostic contains: writes field sum
                            shared.add(a);
                            Acc own = new Acc();
                            own.add(a);
                            List<Integer> mine = new ArrayList<>();
                            mine.add(i);
                            res[i] = own.sum + mine.size();
                        }
                    }
                }
                """);
    }
}
