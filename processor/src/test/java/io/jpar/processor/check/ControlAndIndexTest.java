package io.jpar.processor.check;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlAndIndexTest {

    @Test
    void jumpsOutOfTheLoopAreRefusedJumpsWithinItAreNot(@TempDir Path tmp) {
        CheckTester.of(new EscapingControlFlow()).expect(tmp, "Jumps", """
                import io.jpar.Parallel;

                class Jumps {
                    @Parallel
                    static void f(int[] a) {
                        for (int i = 0; i < a.length; i++) {
                            if (a[i] < 0) {
                                continue;
                            }
                            for (int k = 0; k < 3; k++) {
                                if (k == a[i]) {
                                    break;
                                }
                            }
                            if (a[i] == 7) {
                                // BUG: Diagnostic contains: break
                                break;
                            }
                            if (a[i] == 9) {
                                // BUG: Diagnostic contains: return
                                return;
                            }
                            a[i] = -a[i];
                        }
                    }
                }
                """);
    }

    @Test
    void theIndexWrittenInTheBodyIsRefused(@TempDir Path tmp) {
        CheckTester.of(new IndexWrittenInBody()).expect(tmp, "Index", """
                import io.jpar.Parallel;

                class Index {
                    @Parallel
                    static void f(int[] a) {
                        for (int i = 0; i < a.length; i++) {
                            int j = i;
                            j++;
                            a[i] = j;
                            if (a[i] > 3) {
                                // BUG: Diagnostic contains: i
                                i++;
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void aLocalOfTheBodyNamedAsALocalInScopeIsJavacsError(@TempDir Path tmp) {
        CheckTester.of(new RedeclaredLocal()).expect(tmp, "Names", """
                import io.jpar.Parallel;

                class Names {
                    @Parallel
                    static void f(int[] a) {
                        int j = 0;
                        for (int i = 0; i < a.length; i++) {
                            // BUG: Diagnostic contains: variable j is already defined
                            int j = i;
                            a[i] = j;
                        }
                    }
                }
                """);
    }
}
