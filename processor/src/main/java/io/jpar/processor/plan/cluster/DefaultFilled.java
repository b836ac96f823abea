package io.jpar.processor.plan.cluster;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.jpar.processor.analysis.Scopes;
import java.util.Optional;

/**
 * Whether an array still holds only default values (zeros) when the loop starts: a local created by
 * {@code new T[n]} or {@code new T[n][m]} (every dimension given, no initializer) that nothing touches between its
 * creation and the loop, and that every loop around the parallel loop creates anew. The other ranks start from
 * zeros too, so a block written only in part can come back whole without being sent first: the elements it
 * did not write are zeros on both sides (matrix multiply's {@code c}).
 */
final class DefaultFilled {

    private DefaultFilled() {
    }

    static boolean atLoopStart(String name, ForStmt loop) {
        Optional<Node> decl = Scopes.declaration(name, loop);
        if (decl.isEmpty() || !(decl.get() instanceof VariableDeclarator v) || v.getInitializer().isEmpty()
                || !(v.getInitializer().get() instanceof ArrayCreationExpr created) || created.getInitializer().isPresent()
                || created.getLevels().stream().anyMatch(l -> l.getDimension().isEmpty())) {
            return false;
        }
        for (Node p = loop.getParentNode().orElse(null); p != null && !(p instanceof CallableDeclaration<?>); p = p.getParentNode().orElse(null)) {
            boolean repeats = p instanceof ForStmt || p instanceof ForEachStmt || p instanceof WhileStmt || p instanceof DoStmt;
            if (repeats && !Scopes.within(v, p)) {
                return false; // an earlier round of that loop may have written it
            }
            if (p instanceof com.github.javaparser.ast.expr.LambdaExpr || p instanceof com.github.javaparser.ast.body.BodyDeclaration<?>) {
                return false;
            }
        }
        Node owner = v.findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(null);
        if (owner == null || loop.getBegin().isEmpty() || loop.getEnd().isEmpty()) {
            return false;
        }
        for (NameExpr use : owner.findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
            if (Scopes.declaration(name, use).orElse(null) != v || Scopes.within(use, loop)) {
                continue;
            }
            boolean after = use.getBegin().map(b -> b.isAfter(loop.getEnd().get())).orElse(false);
            if (!after) {
                return false;
            }
        }
        return true;
    }
}
