package io.jpar.processor.check;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fields of array elements ({@code p[i].x}): proven apart like array elements, refused where another path reaches them. */
class ElementFieldsTest {

    private static final String PARTICLE = """
            static final class Particle {
                double x;
                double v;
                Particle next;
                double speed() { return v; }
                double where() { return x; }
                void step() { x += v; }
            }
            """;

    @Test
    void writesAtOtherElementsOrNotInjectiveAreLoopCarried(@TempDir Path tmp) {
        CheckTester.of(new LoopCarriedDependence()).expect(tmp, "Carried", """
                import io.jpar.Parallel;

                class Carried {
                """ + PARTICLE + """
                    @Parallel
                    static void neighbour(Particle[] p) {
                        for (int i = 1; i < p.length; i++) {
                            // BUG: Diagnostic contains: p[i].x is written here and p[i - 1].x is read here
                            p[i].x = p[i - 1].x + 1;
                            p[i].v = p[i - 1].x;
                        }
                    }

                    @Parallel
                    static void indirect(Particle[] p, int[] idx) {
                        for (int i = 0; i < p.length; i++) {
                            // BUG: Diagnostic contains: p[idx[i]].v is written here with an index that is not injective
                            p[idx[i]].v = 0;
                        }
                    }

                    @Parallel
                    static void rows(Particle[][] g) {
                        for (int i = 0; i < g.length; i++) {
                            for (int j = 0; j < g[i].length; j++) {
                                g[i][j].x = g[i][j].v;
                            }
                        }
                    }

                    @Parallel
                    static void firstRow(Particle[][] g) {
                        for (int i = 0; i < g.length; i++) {
                            for (int j = 0; j < g[i].length; j++) {
                                // BUG: Diagnostic contains: g[0][j].x is written here with an index that is not injective
                                g[0][j].x = i;
                            }
                        }
                    }

                    @Parallel
                    static void alias(Particle[] p) {
                        for (int i = 0; i < p.length; i++) {
                            Particle q = p[i];
                            // BUG: Diagnostic contains: is read here: an iteration may read an element that another iteration writes
                            q.v = p[0].v * 2;
                        }
                    }
                }
                """);
    }

    @Test
    void otherPathsToAWrittenFieldAreRefused(@TempDir Path tmp) {
        CheckTester.of(new ElementFieldAlias()).expect(tmp, "Paths", """
                import io.jpar.Parallel;

                class Paths {
                """ + PARTICLE + """
                    static double sum(Particle[] p) {
                        double s = 0;
                        for (Particle q : p) {
                            s += q.x;
                        }
                        return s;
                    }

                    @Parallel
                    static void other(Particle[] p, Particle other) {
                        for (int i = 0; i < p.length; i++) {
                            // BUG: Diagnostic contains: other.x reads the field x of an object that may be an element of p
                            p[i].x = other.x + p[i].v;
                        }
                    }

                    @Parallel
                    static void callee(Particle[] p, double[] out) {
                        for (int i = 0; i < p.length; i++) {
                            p[i].x += 1;
                            // BUG: Diagnostic contains: Paths.sum(), called here, reads the field x, and p[i].x is written at line 31
                            out[i] = sum(p);
                        }
                    }

                    @Parallel
                    static void chained(Particle[] p, double[] out) {
                        for (int i = 0; i < p.length; i++) {
                            p[i].x += 1;
                            // BUG: Diagnostic contains: p[i].next.x reads the field x of an object
                            out[i] = p[i].next.x;
                        }
                    }

                    @Parallel
                    static void fine(Particle[] p, Particle other) {
                        for (int i = 0; i < p.length; i++) {
                            // reads only v, which the loop does not write; the fresh object is the iteration's own
                            Particle mine = new Particle();
                            mine.x = p[i].speed();
                            p[i].x = mine.x + other.v;
                        }
                    }
                }
                """);
    }

    @Test
    void aBareFieldInAMethodOfTheElementsClassMayBeAnElement(@TempDir Path tmp) {
        CheckTester.of(new ElementFieldAlias()).expect(tmp, "Swarm", """
                import io.jpar.Parallel;

                class Swarm {
                    double x;
                    static int created;
                    Swarm[] others;

                    @Parallel
                    void f() {
                        for (int i = 0; i < others.length; i++) {
                            // BUG: Diagnostic contains: x reads the field x of this that may be an element of others
                            others[i].x = x + i;
                        }
                    }
                }
                """);
    }

    @Test
    void aCallOnAnElementMayUseItsFieldsButNotWhatTheyReach(@TempDir Path tmp) {
        CheckTester.of(new UnsafeCall()).expect(tmp, "Steps", """
                import io.jpar.Parallel;

                class Steps {
                    static int moves;
                    static final class Particle {
                        double x;
                        double v;
                        Particle next;
                        void step() { x += v; }
                        void follow() { next.x = x; }
                        void count() { x += v; moves++; }
                    }

                    static void push(Particle p, double dv) { p.v += dv; }

                    @Parallel
                    static void f(Particle[] p) {
                        for (int i = 0; i < p.length; i++) {
                            p[i].step();
                            push(p[i], 0.5);
                            // BUG: Diagnostic contains: writes field next.x
                            p[i].follow();
                            // BUG: Diagnostic contains: writes field moves
                            p[i].count();
                        }
                    }
                }
                """);
    }

    @Test
    void aCallOnAnElementIsProvenApartLikeItsFields(@TempDir Path tmp) {
        CheckTester.of(new LoopCarriedDependence()).expect(tmp, "Pairs", """
                import io.jpar.Parallel;

                class Pairs {
                    static final class Particle {
                        double x;
                        double v;
                        void step() { x += v; }
                    }

                    static double gap(Particle a, Particle b) { return b.x - a.x; }

                    @Parallel
                    static void f(Particle[] p, double[] out) {
                        for (int i = 1; i < p.length; i++) {
                            p[i].step();
                            // BUG: Diagnostic contains: p[i - 1].x is read here
                            out[i] = gap(p[i - 1], p[i]);
                        }
                    }
                }
                """);
    }
}
