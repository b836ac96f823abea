package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A CLUSTER loop body that needs {@code this}: {@code this.x}, {@code super.m()}, {@code this} passed along, or a
 * call of an instance method of the class. The blocks run on other JVMs, which do not have the object. Fields
 * read by their simple names are fine: jpar copies their values to every rank.
 */
public final class ThisOnRanks implements LoopCheck {

    /** Methods every object has: they cannot be made static, but their result can be computed before the loop. */
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "equals");

    @Override
    public List<Refusal> check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        List<Node> regions = new ArrayList<>(loop.outer().loop().getUpdate());
        if (loop.inner() != null) {
            regions.addAll(loop.inner().loop().getUpdate());
        }
        regions.add(loop.body());
        String type = loop.method().findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("enclosing");
        // in a static method an unqualified call outside a nested class is a static call
        boolean staticMethod = loop.method() instanceof MethodDeclaration md && md.isStatic();
        for (Node region : regions) {
            for (Node n : region.findAll(Node.class)) {
                if (inNestedClass(n, region)) {
                    continue;
                }
                if (n instanceof ThisExpr || n instanceof SuperExpr) {
                    // this.x / this.m() as a whole is the construct to name; a bare this is passed along
                    Node shown = n.getParentNode().filter(p -> !(p instanceof com.github.javaparser.ast.stmt.Statement)).orElse(n);
                    out.add(new Refusal(getClass().getSimpleName(), Lines.line(n), Lines.column(n), shown + " at line " + Lines.line(n)
                            + " needs this " + type + " object, which the other JVMs of a cluster job do not have",
                            "read fields by their simple names (jpar copies their values to every rank) and call static methods, or use target = CPU"));
                } else if (n instanceof MethodCallExpr call && call.getScope().isEmpty() && !staticMethod && instanceMethod(call)) {
                    out.add(new Refusal(getClass().getSimpleName(), Lines.line(n), Lines.column(n), "the instance method "
                            + call.getNameAsString() + "() called at line " + Lines.line(n) + " needs this " + type
                            + " object, which the other JVMs of a cluster job do not have",
                            OBJECT_METHODS.contains(call.getNameAsString())
                                    ? "compute it into a local before the loop (jpar copies locals to every rank), or use target = CPU"
                                    : "make " + call.getNameAsString() + "() static and pass what it reads as arguments, or use target = CPU"));
                }
            }
        }
        return out;
    }

    /** Whether an unqualified call calls an instance method: resolved, or by the enclosing classes' methods of that name. */
    private static boolean instanceMethod(MethodCallExpr call) {
        try {
            return !call.resolve().isStatic();
        } catch (RuntimeException | StackOverflowError e) {
            List<MethodDeclaration> candidates = new ArrayList<>();
            for (Node p = call.getParentNode().orElse(null); p != null && candidates.isEmpty(); p = p.getParentNode().orElse(null)) {
                if (p instanceof TypeDeclaration<?> t) {
                    candidates.addAll(t.getMethodsByName(call.getNameAsString()));
                }
            }
            if (candidates.isEmpty()) {
                // a static import, or a method inherited from a class jpar cannot see (an instance method, most likely)
                return !staticallyImported(call);
            }
            return candidates.stream().anyMatch(d -> !d.isStatic());
        }
    }

    private static boolean staticallyImported(MethodCallExpr call) {
        String name = call.getNameAsString();
        return call.findCompilationUnit().map(u -> u.getImports().stream().anyMatch(i -> i.isStatic()
                && (i.isAsterisk() || i.getName().getIdentifier().equals(name)))).orElse(false);
    }

    private static boolean inNestedClass(Node n, Node region) {
        for (Node p = n.getParentNode().orElse(null); p != null && p != region; p = p.getParentNode().orElse(null)) {
            if (p instanceof BodyDeclaration<?>) {
                return true;
            }
        }
        return false;
    }
}
