package io.jpar.processor.check;

import io.jpar.processor.analysis.AffineDependence;
import io.jpar.processor.analysis.ArrayAccess;
import io.jpar.processor.analysis.CallFact;
import io.jpar.processor.analysis.Finding;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.Reduction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An iteration may touch an array element that another iteration writes: a write whose index is not
 * injective in the loop index, two index forms for one array, a read of a written array at another index,
 * or a written array used whole.
 */
public final class LoopCarriedDependence implements LoopCheck {

    private static final String FORMS = "jpar accepts writes at a[i], a[i + c], a[i - c], a[c - i], a[i][...], a[i * m + j], and any"
            + " affine index (a[s * i + c], a block a[B * i + c] of an inner loop over c) whose values in two iterations cannot meet";

    private static final String ELEMENT_REDUCTION = "; a field of elements updated at any index (q[j].f += g) is a reduction when"
            + " the loop's every use of the field is an update of one operator (+= -= ++ --, *=, &=, |=, ^=), written as q[e].f"
            + " with q the array";

    /** Why the updates of an element field are no reduction: the use of the field that is not such an update. */
    private static String elementUses(List<ArrayAccess> group, List<ArrayAccess> all) {
        ArrayAccess other = all.stream().filter(a -> a.elementField() && a.field().equals(group.get(0).field())
                && !a.key().equals(group.get(0).key())).findFirst().orElse(null);
        if (other != null) {
            return " (and it is no reduction: " + other.text() + " at line " + other.line() + " uses the field through another array,"
                    + " whose elements may be the ones updated)";
        }
        String op = null;
        for (ArrayAccess a : group) {
            if (a.role() != ArrayAccess.Role.UPDATE || !a.statementLevel()) {
                return " (and it is no reduction: " + a.text() + (a.role() == ArrayAccess.Role.READ ? " reads it" : " assigns it")
                        + " at line " + a.line() + ")";
            }
            if (!(a.node() instanceof com.github.javaparser.ast.expr.FieldAccessExpr f
                    && com.github.javaparser.ast.expr.ArrayAccessExpr.class.isInstance(io.jpar.processor.analysis.Ast.unwrap(f.getScope())))) {
                return " (and it is no reduction: " + a.node() + " at line " + a.line() + " names the element otherwise than as "
                        + a.text().substring(0, a.text().length() - a.field().length() - 1) + ")";
            }
            String o = java.util.Objects.toString(io.jpar.processor.analysis.ElementReductions.combined(a.operator()), a.operator());
            if (op != null && !op.equals(o)) {
                return " (and it is no reduction: " + a.text() + " at line " + a.line() + " updates it with another operator)";
            }
            op = o;
        }
        return "";
    }

    @Override
    public List<Refusal> check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        for (Finding f : loop.unknownArrays()) {
            out.add(Refusal.of(getClass(), f));
        }
        // array reductions by name (h), those into fields of elements by their field array (q#f)
        Set<String> reduced = loop.reductions().stream().filter(Reduction::array)
                .map(r -> r.element() != null ? r.element().key() : r.name()).collect(Collectors.toSet());
        Map<String, List<ArrayAccess>> byArray = new LinkedHashMap<>();
        loop.accesses().forEach(a -> byArray.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a));
        String index = loop.outer() == null ? "i" : loop.outer().name();
        for (List<ArrayAccess> group : byArray.values()) {
            List<ArrayAccess> writes = group.stream().filter(ArrayAccess::writes).toList();
            if (writes.isEmpty()) {
                continue;
            }
            // a written field array that a called method reads: the callee may read another iteration's element
            if (group.get(0).key().startsWith("this.") && !group.get(0).elementField()) {
                ArrayAccess w = writes.get(0);
                String owner = declaringType(w);
                CallFact reader = loop.calls().stream().filter(c -> c.readsField(owner, w.array())).findFirst().orElse(null);
                if (reader != null) {
                    out.add(refuse(w, w.text() + " is written at line " + w.line() + " and " + reader.callee() + ", called at line "
                            + reader.line() + ", reads the field " + w.array() + ", possibly at elements other iterations write",
                            "pass the callee the element it needs instead of reading the field, or remove @Parallel"));
                    continue;
                }
            }
            if (reduced.contains(group.get(0).elementField() ? group.get(0).key() : group.get(0).array())
                    && group.stream().noneMatch(a -> a.role() == ArrayAccess.Role.WHOLE)) {
                continue;
            }
            ArrayAccess first = writes.get(0);
            AffineDependence.Verdict affine = loop.affine().get(first.key());
            if (affine != null && affine.disjoint()) {
                continue;                                   // the affine test proved it (no access uses it whole)
            }
            if (affine != null) {
                ArrayAccess w = affine.write();
                ArrayAccess x = affine.other();
                String what = w == x ? w.text() + written(w) + w.line()
                        : w.text() + written(w) + w.line() + " and " + x.text() + (x.writes() ? written(x) : " is read at line ")
                        + x.line();
                out.add(refuse(x, what + ", and two iterations may touch the same element: " + affine.conflict(),
                        "keep what one iteration touches closer together than two iterations are apart (the step times the index's "
                                + "coefficient), as a[2 * i] and a[2 * i + 1] are, or remove @Parallel"));
                continue;
            }
            ArrayAccess bad = writes.stream().filter(w -> w.form() == null).findFirst().orElse(null);
            if (bad != null) {
                out.add(refuse(bad, bad.text() + written(bad) + bad.line()
                        + " with an index that is not injective in the loop index " + index + ", so two iterations may write the same element"
                        + (bad.elementField() ? elementUses(group, loop.accesses()) : ""),
                        FORMS + (bad.elementField() ? ELEMENT_REDUCTION : "") + "; otherwise remove @Parallel"));
                continue;
            }
            ArrayAccess other = writes.stream().filter(w -> !w.form().equals(first.form())).findFirst().orElse(null);
            if (other != null) {
                out.add(refuse(other, first.array() + " is written as " + first.text() + " at line " + first.line() + " and as "
                        + other.text() + " at line " + other.line() + ", so one iteration may write what another writes",
                        "write each array at one index form, or at affine indices that two iterations cannot share (a[2 * i] and a[2 * i + 1]), or remove @Parallel"));
                continue;
            }
            for (ArrayAccess a : group) {
                if (a.role() == ArrayAccess.Role.READ && (a.form() == null || !a.form().equals(first.form()))) {
                    out.add(refuse(a, first.text() + " is written at line " + first.line() + " and " + a.text() + " is read at line "
                            + a.line() + ": an iteration may read an element that another iteration writes",
                            "read a written array only at indices that no other iteration writes, or remove @Parallel"));
                    break;
                }
                if (a.role() == ArrayAccess.Role.WHOLE) {
                    out.add(refuse(a, first.text() + " is written at line " + first.line() + " and " + a.array()
                            + " is used as a whole at line " + a.line() + " (" + a.node().getParentNode().map(Object::toString).orElse("")
                            + "), which may read elements that other iterations write",
                            "use only " + first.text() + " in the loop, or remove @Parallel"));
                    break;
                }
            }
        }
        return out;
    }

    /** How a write is told: a row handed to a call that writes it is written by that call. */
    private static String written(ArrayAccess a) {
        return "call".equals(a.operator()) ? " is written by the call at line " : " is written at line ";
    }

    private Refusal refuse(ArrayAccess a, String what, String fix) {
        return new Refusal(getClass().getSimpleName(), a.line(), a.node().getBegin().map(p -> p.column).orElse(0), what, fix);
    }

    /** The qualified class declaring the field array that {@code w} writes; null when the solver cannot tell. */
    private static String declaringType(ArrayAccess w) {
        com.github.javaparser.ast.Node base = w.node();
        while (base instanceof com.github.javaparser.ast.expr.ArrayAccessExpr a) {
            base = io.jpar.processor.analysis.Ast.unwrap(a.getName());
        }
        try {
            var resolved = base instanceof com.github.javaparser.ast.expr.NameExpr n ? n.resolve()
                    : base instanceof com.github.javaparser.ast.expr.FieldAccessExpr f ? f.resolve() : null;
            return resolved != null && resolved.isField() ? resolved.asField().declaringType().getQualifiedName() : null;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
