package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.Optional;

/**
 * Whether an expression denotes an object or array created inside a region of code (the loop body, or a
 * called method): such objects belong to one iteration, so writing them is safe.
 */
public final class Freshness {

    private final Node region;
    private final boolean thisFresh;

    /**
     * @param region    the code whose own objects count as fresh
     * @param thisFresh whether {@code this} is fresh (a method called on an object created in the loop)
     */
    public Freshness(Node region, boolean thisFresh) {
        this.region = region;
        this.thisFresh = thisFresh;
    }

    public boolean thisFresh() {
        return thisFresh;
    }

    public boolean isFresh(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr en) {
            x = en.getInner();
        }
        if (x instanceof ObjectCreationExpr || x instanceof ArrayCreationExpr || x instanceof ArrayInitializerExpr) {
            return true;
        }
        if (x instanceof ThisExpr t) {
            return thisFresh && t.getTypeName().isEmpty();
        }
        if (x instanceof MethodCallExpr call && call.getScope().isPresent()
                && (call.getNameAsString().equals("append") || call.getNameAsString().equals("clone"))) {
            // StringBuilder.append returns its receiver; clone() returns a new object
            return call.getNameAsString().equals("clone") || isFresh(call.getScope().get());
        }
        if (x instanceof NameExpr n) {
            Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
            if (decl.isPresent() && decl.get() instanceof VariableDeclarator v && Scopes.within(v, region)) {
                return v.getInitializer().map(Freshness::created).orElse(false) && !reassigned(v);
            }
        }
        return false;
    }

    private static boolean created(Expression init) {
        Expression x = init;
        while (x instanceof EnclosedExpr en) {
            x = en.getInner();
        }
        // a lambda created in the region runs code of the region, which is analysed with it
        return x instanceof ObjectCreationExpr || x instanceof ArrayCreationExpr || x instanceof ArrayInitializerExpr
                || x instanceof com.github.javaparser.ast.expr.LambdaExpr;
    }

    private boolean reassigned(VariableDeclarator v) {
        return region.findAll(Node.class).stream()
                .map(LoopScope::assignedName)
                .flatMap(Optional::stream)
                .anyMatch(name -> name.getNameAsString().equals(v.getNameAsString())
                        && Scopes.declaration(name.getNameAsString(), name).map(d -> d == v).orElse(false));
    }
}
