package io.jpar.processor.check;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldWriteTest {

    @Test
    void fieldsOfSharedObjectsAreRefusedFieldsOfTheIterationsOwnAreNot(@TempDir Path tmp) {
        CheckTester.of(new FieldWrite()).expect(tmp, "Fields", """
                import io.jpar.Parallel;

                class Fields {
                    static int total;
                    static final class Cell {
                        double v;
                        Cell next;
                        Cell(double v) { this.v = v; }
                        static Cell of(double v) { return new Cell(v); }
                    }

                    @Parallel
                    static void f(Cell shared, Cell[] cells, double[] out) {
                        Cell mine;
                        for (int i = 0; i < out.length; i++) {
                            // BUG: Diagnostic contains: the field total is assigned in the loop body
                            total = i;
                            // BUG: Diagnostic contains: shared may be an object other iterations reach too
                            shared.v = i;
                            // an element's field at the loop index is its own (ElementFieldsTest); a field of a field is not
                            cells[i].v = i;
                            // BUG: Diagnostic contains: the field cells[i].next.v is assigned in the loop body
                            cells[i].next.v = i;
                            mine = Cell.of(i);
                            mine.v += 1;
                            Cell[] pair = {new Cell(1), mine};
                            pair[1].v *= 2;
                            Cell maybe = i % 2 == 0 ? mine : shared;
                            // BUG: Diagnostic contains: maybe may be an object other iterations reach too
                            maybe.v = 0;
                            out[i] = mine.v + pair[0].v;
                        }
                    }
                }
                """);
    }

    @Test
    void fieldsOnlyUpdatedWithOneOperatorAreReductionsOtherWritesAreRefused(@TempDir Path tmp) {
        CheckTester.of(new FieldWrite()).expect(tmp, "Sums", """
                import io.jpar.Parallel;

                class Sums {
                    static long total;
                    static long seen;
                    static int mixed;
                    static int counted;
                    static long later;
                    long mine;

                    static int peek() {
                        return counted;
                    }

                    @Parallel
                    void f(int[] a, int[] out) {
                        for (int i = 0; i < a.length; i++) {
                            // BUG: Diagnostic contains: the field total is assigned
                            total += a[i];
                            this.mine -= a[i];
                            // BUG: Diagnostic contains: the field seen is assigned
                            seen++;
                            out[i] = (int) seen;
                            // BUG: Diagnostic contains: the field mixed is assigned
                            mixed += 1;
                            // BUG: Diagnostic contains: the field mixed is assigned
                            mixed *= 2;
                            // BUG: Diagnostic contains: the field counted is assigned
                            counted += 1;
                            out[i] += peek();
                            // BUG: Diagnostic contains: the field Sums.total is assigned
                            Sums.total = total + 1;
                            int v = a[i];
                            // BUG: Diagnostic contains: the field later is assigned
                            Runnable r = () -> later += v;
                            r.run();
                        }
                    }
                }
                """);
    }
}
