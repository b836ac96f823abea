package io.jpar.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each body is one iteration of a loop in a method whose locals x and y are declared before it; a line that
 * ends with {@code // early: x} is where x is read before the iteration assigned it (nowhere else), and
 * {@code // at end: x} (anywhere) lists what every iteration has assigned when it ends or continues.
 */
class DefiniteAssignmentTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "x = i; y = x + 1; // at end: x y",
        "y = x; // early: x\n x = i; // at end: x y",
        "if (i > 2) x = 1; else x = 2;\n y = x; // at end: x y",
        "if (i > 2) x = 1;\n y = x; // early: x",
        "if (i > 2) { continue; }\n x = 1; y = x;",
        "x = 1; if (i > 2) { continue; }\n y = 2; // at end: x",
        "for (int k = 0; k < 3; k++) x = k;\n y = x; // early: x",
        "while ((x = i * 2) > 100) { i++; }\n y = x; // at end: x y",
        "y = i > 0 && (x = 1) > 0\n ? x // early: x\n : 0;",
        "int[] t = new int[x]; // early: x\n x = 1;",
        "switch (i % 2) { case 0: x = 1; break; default: x = 2; }\n y = x; // early: x",
        "x += 1; // early: x",
        "x = 1; x += 1; y = x--; // at end: x y",
        "lbl: { if (i > 2) break lbl; x = 1; }\n y = x; // early: x",
        "do { x = i; } while (x < 0);\n y = x; // at end: x y",
        "do { if (i > 3) continue; x = i; } while (x < 0); // early: x",
        "try { x = 1; } finally { y = 2; }\n i = x; // early: x",
        "x = i > 3 ? 1 : 2; y = x; // at end: x y",
        "x = 0; switch (i) { case 1: x = 3; continue; default: x = 4; }\n y = 1; // at end: x",
    })
    void readsBeforeAssignment(String body) {
        String source = "class T { void m(int n) { int x = 0, y = 0; for (int i = 0; i < n; i++) {\n" + body + "\n} } }";
        MethodDeclaration m = StaticJavaParser.parse(source).findFirst(MethodDeclaration.class).orElseThrow();
        ForStmt loop = m.findFirst(ForStmt.class).orElseThrow();
        Set<Node> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        List<VariableDeclarator> locals = m.getBody().orElseThrow().getStatement(0).findAll(VariableDeclarator.class);
        candidates.addAll(locals);
        DefiniteAssignment da = new DefiniteAssignment(loop.getBody(), candidates, null);

        List<String> expectedEarly = new ArrayList<>();
        List<String> expectedEnd = new ArrayList<>();
        String[] lines = source.split("\n");
        for (int k = 0; k < lines.length; k++) {
            if (lines[k].contains("// early: ")) {
                expectedEarly.add(lines[k].substring(lines[k].indexOf("// early: ") + 10).trim() + "@" + (k + 1));
            }
            if (lines[k].contains("// at end: ")) {
                expectedEnd.addAll(List.of(lines[k].substring(lines[k].indexOf("// at end: ") + 11).trim().split(" ")));
            }
        }
        List<String> early = new ArrayList<>();
        List<String> atEnd = new ArrayList<>();
        for (VariableDeclarator v : locals) {
            da.earlyRead(v).ifPresent(r -> early.add(v.getNameAsString() + "@" + Lines.line(r)));
            if (da.assignedAtEnd(v)) {
                atEnd.add(v.getNameAsString());
            }
        }
        assertEquals(expectedEarly, early, "early reads");
        if (!expectedEnd.isEmpty()) {
            assertEquals(expectedEnd, atEnd, "assigned at the end of every iteration");
        }
    }
}
