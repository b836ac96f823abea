package io.jpar.processor.plan.cluster;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.jpar.processor.analysis.ArrayAccess;
import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/**
 * Whether the writes of a 1-D array certainly store every element of a rank's block: then the block can come back
 * without being sent first. That holds for a plain {@code a[i] = e;} that is a statement of the body itself, in a
 * body that never {@code continue}s its own iterations: every iteration runs it. A write under a condition, or an update ({@code +=}
 * reads the old value), does not; nor does an element of a row (the rest of the row comes back too).
 */
final class WriteCoverage {

    private WriteCoverage() {
    }

    static boolean coversBlock(List<ArrayAccess> writes, LoopModel m) {
        if (m.inner() != null || m.body().findAll(ContinueStmt.class).stream().anyMatch(c -> skipsIteration(c, m))) {
            return false;
        }
        for (ArrayAccess w : writes) {
            if (w.role() != ArrayAccess.Role.WRITE || w.indices().size() != 1) {
                return false;
            }
            Node assign = w.node().getParentNode().orElse(null);
            if (!(assign instanceof AssignExpr a) || a.getOperator() != AssignExpr.Operator.ASSIGN
                    || !(a.getParentNode().orElse(null) instanceof ExpressionStmt statement)) {
                return false;
            }
            Node body = m.body();
            boolean topLevel = statement == body || (body instanceof BlockStmt block && block.getStatements().contains(statement));
            if (!topLevel) {
                return false;
            }
        }
        return !writes.isEmpty();
    }

    /** Whether a {@code continue} ends the parallel loop's iteration (not only a round of a loop inside the body). */
    private static boolean skipsIteration(ContinueStmt c, LoopModel m) {
        if (c.getLabel().isPresent()) {
            String label = c.getLabel().get().getIdentifier();
            return m.loop().getParentNode().filter(LabeledStmt.class::isInstance)
                    .map(l -> ((LabeledStmt) l).getLabel().getIdentifier().equals(label)).orElse(false);
        }
        for (Node p = c.getParentNode().orElse(null); p != null && p != m.body(); p = p.getParentNode().orElse(null)) {
            if (p instanceof ForStmt || p instanceof ForEachStmt || p instanceof WhileStmt || p instanceof DoStmt) {
                return false;
            }
        }
        return true;
    }
}
