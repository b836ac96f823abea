package io.jpar.processor.plan.cluster;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Optional;
import java.util.Set;

/**
 * An index of the form {@code scale * i + offset} with {@code i} the distributed index, {@code scale} 1 or -1
 * and {@code offset} computable before the loop from values every rank receives first (the broadcast scalars)
 * and constants: {@code i}, {@code i + k}, {@code k + i}, {@code i - k}, {@code k - i}. Each iteration then
 * owns one element (of a row, for a 2-D array), so a rank needs only its block's elements.
 *
 * @param scale  1 or -1
 * @param offset the offset as Java source ({@code 0}, {@code k}, {@code -(k)})
 * @param text   the index as the user wrote it
 */
public record BlockIndex(int scale, String offset, String text) {

    /**
     * The block form of {@code index}, or empty when it has none.
     *
     * @param distributed the index that ranks split (the outer one under collapse)
     * @param scalars     the broadcast scalars (moved before any array, so an offset may use them)
     * @param constants   the constants the body reads
     */
    public static Optional<BlockIndex> of(Expression index, String distributed, Set<String> scalars, Set<String> constants) {
        Expression x = unwrap(index);
        if (isName(x, distributed)) {
            return Optional.of(new BlockIndex(1, "0", index.toString()));
        }
        if (!(x instanceof BinaryExpr b)) {
            return Optional.empty();
        }
        Expression left = b.getLeft();
        Expression right = b.getRight();
        if (b.getOperator() == BinaryExpr.Operator.PLUS) {
            if (isName(left, distributed) && computable(right, scalars, constants)) {
                return Optional.of(new BlockIndex(1, right.toString(), index.toString()));
            }
            if (isName(right, distributed) && computable(left, scalars, constants)) {
                return Optional.of(new BlockIndex(1, left.toString(), index.toString()));
            }
        } else if (b.getOperator() == BinaryExpr.Operator.MINUS) {
            if (isName(left, distributed) && computable(right, scalars, constants)) {
                return Optional.of(new BlockIndex(1, "-(" + right + ")", index.toString()));
            }
            if (isName(right, distributed) && computable(left, scalars, constants)) {
                return Optional.of(new BlockIndex(-1, left.toString(), index.toString()));
            }
        }
        return Optional.empty();
    }

    /** Whether two accesses select the same element for each index value. */
    public boolean same(BlockIndex other) {
        return scale == other.scale && offset.replace(" ", "").equals(other.offset.replace(" ", ""));
    }

    /** Literals, broadcast scalars, constants and arithmetic on them: what move() can evaluate on every rank. */
    private static boolean computable(Expression e, Set<String> scalars, Set<String> constants) {
        for (Node n : e.findAll(Node.class)) {
            boolean ok = n instanceof LiteralExpr || n instanceof EnclosedExpr || n instanceof CastExpr
                    || n instanceof com.github.javaparser.ast.type.Type
                    || n instanceof com.github.javaparser.ast.expr.SimpleName
                    || (n instanceof BinaryExpr)
                    || (n instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.MINUS
                        || u.getOperator() == UnaryExpr.Operator.PLUS || u.getOperator() == UnaryExpr.Operator.BITWISE_COMPLEMENT))
                    || (n instanceof NameExpr name && (scalars.contains(name.getNameAsString()) || constants.contains(name.getNameAsString())));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(Expression e, String name) {
        return unwrap(e) instanceof NameExpr n && n.getNameAsString().equals(name);
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr en) {
            x = en.getInner();
        }
        return x;
    }
}
