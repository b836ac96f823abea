package io.jpar.processor.plan.cluster;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.jpar.processor.analysis.AffineDependence;
import io.jpar.processor.analysis.Ast;
import java.util.Optional;
import java.util.Set;

/**
 * An index of the form {@code scale * i + offset} with {@code i} the distributed index, {@code scale} 1 or -1
 * and {@code offset} computable before the loop from values every rank receives first (the broadcast scalars)
 * and constants: {@code i}, {@code i + k}, {@code k + i}, {@code i - k}, {@code k - i}. Each iteration then
 * owns one element (of a row, for a 2-D array), so a rank needs only its block's elements.
 *
 * <p>A lane ({@code width > 1}, from the affine test) is {@code width} elements per iteration from
 * {@code scale * i + offset}: {@code a[8 * b + c]} for {@code c} in {@code [0, 8)}, {@code flat[3 * i + 2]}.
 *
 * @param scale  1 or -1; for a lane any non-zero int
 * @param offset the offset as Java source ({@code 0}, {@code k}, {@code -(k)})
 * @param width  the elements (rows) each iteration owns from {@code scale * i + offset}: 1 but for lanes
 * @param text   the index as the user wrote it
 */
public record BlockIndex(int scale, String offset, int width, String text) {

    /**
     * The block form of {@code index}, or empty when it has none.
     *
     * @param distributed the index that ranks split (the outer one under collapse)
     * @param scalars     the broadcast scalars (moved before any array, so an offset may use them)
     * @param constants   the constants the body reads
     */
    public static Optional<BlockIndex> of(Expression index, String distributed, Set<String> scalars, Set<String> constants) {
        Expression x = Ast.unwrap(index);
        if (isName(x, distributed)) {
            return Optional.of(new BlockIndex(1, "0", 1, index.toString()));
        }
        if (!(x instanceof BinaryExpr b)) {
            return Optional.empty();
        }
        Expression left = b.getLeft();
        Expression right = b.getRight();
        if (b.getOperator() == BinaryExpr.Operator.PLUS) {
            if (isName(left, distributed) && computable(right, scalars, constants)) {
                return Optional.of(new BlockIndex(1, right.toString(), 1, index.toString()));
            }
            if (isName(right, distributed) && computable(left, scalars, constants)) {
                return Optional.of(new BlockIndex(1, left.toString(), 1, index.toString()));
            }
        } else if (b.getOperator() == BinaryExpr.Operator.MINUS) {
            if (isName(left, distributed) && computable(right, scalars, constants)) {
                return Optional.of(new BlockIndex(1, "-(" + right + ")", 1, index.toString()));
            }
            if (isName(right, distributed) && computable(left, scalars, constants)) {
                return Optional.of(new BlockIndex(-1, left.toString(), 1, index.toString()));
            }
        }
        return Optional.empty();
    }

    /** Whether two accesses select the same element for each index value. */
    public boolean same(BlockIndex other) {
        return scale == other.scale && width == other.width && offset.replace(" ", "").equals(other.offset.replace(" ", ""));
    }

    /**
     * The affine test's lane as a block index, when every rank can compute its offset before the loop (from
     * broadcast scalars and constants); empty otherwise.
     */
    public static Optional<BlockIndex> lane(AffineDependence.Lane lane, String distributed, Set<String> scalars,
                                            Set<String> constants) {
        for (String symbol : lane.offset().terms().keySet()) {
            Optional<Expression> e = new com.github.javaparser.JavaParser().parseExpression(symbol).getResult();
            if (e.isEmpty() || !computable(e.get(), scalars, constants)) {
                return Optional.empty();
            }
        }
        String offset = lane.offset().toString();
        String first = (lane.scale() == 1 ? "" : lane.scale() == -1 ? "-" : lane.scale() + " * ") + distributed
                + (offset.equals("0") ? "" : offset.startsWith("-") ? " - " + offset.substring(1) : " + " + offset);
        return Optional.of(new BlockIndex((int) lane.scale(), offset, (int) lane.width(),
                first + " + c"));
    }

    /** Literals, broadcast scalars, constants and arithmetic on them: what move() can evaluate on every rank. */
    static boolean computable(Expression e, Set<String> scalars, Set<String> constants) {
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
        return Ast.unwrap(e) instanceof NameExpr n && n.getNameAsString().equals(name);
    }

}
