package io.jpar.processor.emit.cpu;

import io.jpar.processor.analysis.JavaType;
import io.jpar.processor.analysis.Reduction;
import io.jpar.processor.analysis.ReductionOperator;
import java.util.Map;

/**
 * The Java source of a reduction's identity value and of its merge, per operator and type. Merges use the
 * compound form ({@code sum += later.sum}) so Java's implicit narrowing for byte, short, char and float is
 * kept, and the conditional forms merge with the user's own comparison so ties resolve as in the sequential
 * loop.
 */
final class ReductionCode {

    private static final Map<String, String> BOXES = Map.of("int", "Integer", "long", "Long", "double", "Double",
            "float", "Float", "short", "Short", "byte", "Byte", "char", "Character");

    private ReductionCode() {
    }

    /** The value that leaves any partial result unchanged when merged. */
    static String identity(String operator, JavaType type) {
        String t = type.unboxed().toString();
        if (type.string()) {
            return "\"\"";
        }
        ReductionOperator op = ReductionOperator.of(operator);
        return switch (op.identity()) {
            case ZERO -> t.equals("boolean") ? "false" : zero(t, op == ReductionOperator.PLUS);
            case ONE -> number(t, "1");
            case ALL_ONES -> t.equals("boolean") ? "true" : number(t, "-1");
            case TRUE -> "true";
            case FALSE -> "false";
            case LOWEST -> bound(t, "MIN_VALUE", "NEGATIVE_INFINITY");
            case HIGHEST -> bound(t, "MAX_VALUE", "POSITIVE_INFINITY");
        };
    }

    /** {@code -0.0} for floating {@code +}: {@code -0.0 + x == x} for every x, {@code +0.0} is not neutral for -0.0. */
    private static String zero(String t, boolean plus) {
        if (plus && t.equals("double")) {
            return "-0.0";
        }
        if (plus && t.equals("float")) {
            return "-0.0f";
        }
        return number(t, "0");
    }

    private static String number(String t, String v) {
        return switch (t) {
            case "int" -> v;
            case "long" -> v + "L";
            case "double" -> v + ".0";
            case "float" -> v + ".0f";
            default -> "(" + t + ") " + v;
        };
    }

    private static String bound(String t, String integral, String floating) {
        String box = BOXES.get(t);
        return "java.lang." + box + "." + (t.equals("double") || t.equals("float") ? floating : integral);
    }

    /** The statement that folds {@code later}'s partial value of {@code r} into this chunk's. */
    static String merge(Reduction r, String later) {
        String x = r.name();
        String y = later + "." + x;
        ReductionOperator op = r.op();
        return switch (op.combine()) {
            case ASSIGN_OP -> x + " " + op.symbol() + "= " + y + ";";
            case INFIX -> x + " = " + x + " " + op.symbol() + " " + y + ";";
            case FUNCTION -> x + " = java.lang.Math." + op.symbol() + "(" + x + ", " + y + ");";
            case CONDITIONAL -> "if (" + y + " " + op.relation() + " " + x + ") " + x + " = " + y + ";";
        };
    }

    /** For an array reduction: the statements that merge element by element. */
    static String mergeArray(Reduction r, String later) {
        String x = r.name();
        return "for (int k$ = 0; k$ < " + x + ".length; k$++) " + x + "[k$] " + r.operator() + "= " + later + "." + x + "[k$];";
    }

    /** For an array reduction: an expression of a fresh array holding the identity, as long as the partials it merges with. */
    static String freshArray(Reduction r) {
        return freshArray(r, r.name() + ".length", "");
    }

    /**
     * For an array reduction: a fresh array of {@code length} elements holding the identity; {@code owner} qualifies
     * the fill helper where the code is not in the chunk class ({@code JparLoop1.}).
     */
    static String freshArray(Reduction r, String length, String owner) {
        JavaType element = r.elementType();
        String id = identity(r.operator(), element);
        String sized = "new " + element + "[" + length + "]";
        boolean floating = element.floating();
        if (r.op().identity() == ReductionOperator.Identity.ZERO && !(floating && r.op() == ReductionOperator.PLUS)) {
            return sized;
        }
        return owner + "filled$(" + sized + ", " + id + ")";
    }

    /**
     * After the loop, for a reduction into a field of elements: the partials in {@code partials} folded into the
     * elements they belong to, leaving alone those no iteration updated (which may be null, as the loop never read them).
     */
    static String foldElements(Reduction r, String partials) {
        Reduction.ElementTarget e = r.element();
        String p = partials + "[k$]";
        String id = identity(r.operator(), r.elementType());
        String changed = switch (r.elementType().toString()) {
            case "double" -> "java.lang.Double.doubleToRawLongBits(" + p + ") != java.lang.Double.doubleToRawLongBits(" + id + ")";
            case "float" -> "java.lang.Float.floatToRawIntBits(" + p + ") != java.lang.Float.floatToRawIntBits(" + id + ")";
            default -> p + " != " + id;
        };
        return "for (int k$ = 0; k$ < " + partials + ".length; k$++) if (" + changed + ") " + e.array() + "[k$]." + e.field() + " "
                + r.operator() + "= " + p + ";";
    }

    /** The helper that {@link #freshArray} uses for identities other than zero. */
    static String fillHelper(JavaType element) {
        return "private static " + element + "[] filled$(" + element + "[] a, " + element + " v) { java.util.Arrays.fill(a, v); return a; }";
    }
}
