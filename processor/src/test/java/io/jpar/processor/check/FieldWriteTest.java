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
                            // BUG: Diagnostic contains: cells[i] may be an object other iterations reach too
                            cells[i].v = i;
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
}
