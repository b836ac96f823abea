package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.resolution.declarations.ResolvedFieldDeclaration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fields of the elements of a shared array of objects ({@code p[i].x}, {@code g[i][j].u}, {@code q.x} after
 * {@code Particle q = p[i];} in the body). jpar treats the field {@code x} of the elements of {@code p} as an array
 * of its own, {@code p[].x}, whose element {@code k} is {@code p[k].x}: the tests that prove array writes apart then
 * prove these writes apart too. That holds when two conditions hold that this class cannot see alone:
 * <ul>
 *   <li>every element of {@code p} is its own object, or {@code p[1].x} and {@code p[2].x} are one field: the
 *       planner has it checked at run time before the loop, unless {@link DistinctElements} proves it;</li>
 *   <li>no other path reaches a written field: another object read in the body ({@code o.x}, a bare {@code x} in a
 *       method of the element's class) or a called method reading it may be an element that another iteration
 *       writes. {@link #otherPaths} lists them; a check refuses the loop for each.</li>
 * </ul>
 */
final class ElementFields {

    private ElementFields() {
    }

    /** An element of a shared array of objects as the loop names it: the array, its key, the indices. */
    record Element(String array, String key, List<Expression> indices, Node context) {
    }

    /**
     * {@code f} as an access of its array's field array, or empty when {@code f} is not an instance field of an
     * element of a shared array (an object of the iteration's own, a static field, a row's {@code length}).
     */
    static Optional<ArrayAccess> access(FieldAccessExpr f, LoopScope scope, IndexForms forms, Freshness fresh) {
        if (fresh.isFresh(f.getScope()) || instanceField(f).isEmpty()) {
            return Optional.empty();
        }
        return element(f.getScope(), scope, fresh).map(e -> new ArrayAccess(e.array(), e.key() + "#" + f.getNameAsString(), f,
                e.indices(), ArrayAccess.roleOf(f), ArrayAccess.operatorOf(f), forms.form(e.indices(), e.context() == null ? f : e.context()),
                ArrayAccess.statementLevel(f), f.getNameAsString()));
    }

    /** The fields of elements that the loop's calls use ({@code kinetic(p[i])}), as accesses of the field arrays. */
    static List<ArrayAccess> byCalls(List<CallFact> calls, LoopScope scope, IndexForms forms, Freshness fresh) {
        List<ArrayAccess> out = new ArrayList<>();
        for (CallFact c : calls) {
            for (CallFact.ElementUse u : c.elementUses()) {
                Optional<Element> e = element(u.element(), scope, fresh);
                if (e.isEmpty()) {
                    continue;
                }
                String form = forms.form(e.get().indices(), e.get().context() == null ? u.element() : e.get().context());
                for (String f : new java.util.TreeSet<>(u.written())) {
                    out.add(new ArrayAccess(e.get().array(), e.get().key() + "#" + f, u.element(), e.get().indices(),
                            ArrayAccess.Role.UPDATE, "call", form, false, f));
                }
                for (String f : new java.util.TreeSet<>(u.read())) {
                    out.add(new ArrayAccess(e.get().array(), e.get().key() + "#" + f, u.element(), e.get().indices(),
                            ArrayAccess.Role.READ, null, form, false, f));
                }
            }
        }
        return out;
    }

    /**
     * {@code object} as an element of a shared array of objects: {@code p[i]}, {@code g[i][j]}, {@code this.p[i]}, or a
     * local of the iteration holding one ({@code Particle q = p[i];}); empty for anything else.
     */
    static Optional<Element> element(Expression object, LoopScope scope, Freshness fresh) {
        Expression element = Ast.unwrap(object);
        if (fresh.isFresh(element)) {
            return Optional.empty();
        }
        Node context = null;
        if (element instanceof NameExpr n && scope.kind(n) == NameKind.BODY_LOCAL) {
            // Particle q = p[i]; then q.x is p[i].x (q holds one value in the iteration)
            Optional<Expression> value = LoopAnalyzer.onceValue(n, scope);
            if (value.isEmpty() || !(Ast.unwrap(value.get()) instanceof ArrayAccessExpr)) {
                return Optional.empty();
            }
            element = Ast.unwrap(value.get());
            context = element;
        }
        if (!(element instanceof ArrayAccessExpr)) {
            return Optional.empty();
        }
        List<Expression> indices = new ArrayList<>();
        Expression base = element;
        while (Ast.unwrap(base) instanceof ArrayAccessExpr a) {
            indices.add(0, a.getIndex());
            base = a.getName();
        }
        base = Ast.unwrap(base);
        if (base instanceof NameExpr n && (scope.kind(n) == NameKind.OUTER_LOCAL || scope.kind(n) == NameKind.FIELD)) {
            String name = n.getNameAsString();
            return Optional.of(new Element(name, LoopAnalyzer.key(scope.declaration(n).orElse(null), name), List.copyOf(indices), context));
        }
        if (base instanceof FieldAccessExpr owner && owner.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty()) {
            String name = owner.getNameAsString();
            return Optional.of(new Element(name, LoopAnalyzer.key(null, name), List.copyOf(indices), context));
        }
        return Optional.empty();
    }

    /**
     * The uses of written element fields that do not go through their array: the body reading the field of another
     * object ({@code o.x}, or a bare {@code x} where {@code this} may be an element), or a called method reading it.
     * {@code accesses} are the loop's, with the element-field accesses that {@link #access} gave.
     */
    static List<ElementFieldPath> otherPaths(Node body, List<ArrayAccess> accesses, List<CallFact> calls, LoopScope scope,
                                             Freshness fresh, Set<Node> ownLocals) {
        // each written field once: its first write, by name, with its declaring class
        Map<String, ArrayAccess> written = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        Set<Node> covered = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (ArrayAccess a : accesses) {
            if (a.elementField()) {
                covered.add(a.node());
                if (a.writes() && !written.containsKey(a.field())) {
                    written.put(a.field(), a);
                    // a field a call writes is named by the call only: any class's field of that name counts
                    owners.put(a.field(), a.node() instanceof FieldAccessExpr f
                            ? instanceField(f).map(ElementFields::owner).orElse(null) : null);
                }
            }
        }
        List<ElementFieldPath> out = new ArrayList<>();
        if (written.isEmpty()) {
            return out;
        }
        Set<String> reported = new java.util.HashSet<>();
        for (Expression e : body.findAll(Expression.class)) {
            String simple = e instanceof FieldAccessExpr f ? f.getNameAsString()
                    : e instanceof NameExpr n && scope.kind(n) == NameKind.FIELD ? n.getNameAsString() : null;
            ArrayAccess w = simple == null ? null : written.get(simple);
            if (w == null || covered.contains(e) || ArrayAccess.roleOf(e) != ArrayAccess.Role.READ
                    || (e instanceof FieldAccessExpr f && (fresh.isFresh(f.getScope()) || ownLocal(f.getScope(), ownLocals)))) {
                continue;
            }
            Optional<ResolvedFieldDeclaration> field = anyField(e);
            // a static field is storage of its own; a use jpar cannot place counts
            boolean same = field.isEmpty() ? e instanceof FieldAccessExpr
                    : !field.get().isStatic() && sameOwner(owner(field.get()), owners.get(simple));
            if (same && reported.add(simple + "@" + Lines.line(e))) {
                out.add(new ElementFieldPath(w, e, null));
            }
        }
        for (CallFact c : calls) {
            for (Map.Entry<String, ArrayAccess> w : written.entrySet()) {
                if (c.readsField(owners.get(w.getKey()), w.getKey())) {
                    out.add(new ElementFieldPath(w.getValue(), c.node(), c));
                }
            }
        }
        return out;
    }

    /** A local the method made by new and uses in the loop only (a scratch object): no element can be it. */
    private static boolean ownLocal(Expression e, Set<Node> ownLocals) {
        return Ast.unwrap(e) instanceof NameExpr n && Scopes.declaration(n.getNameAsString(), n).map(ownLocals::contains).orElse(false);
    }

    /** The instance field that {@code f} names; empty for a static field or one the solver cannot resolve. */
    private static Optional<ResolvedFieldDeclaration> instanceField(FieldAccessExpr f) {
        return anyField(f).filter(d -> !d.isStatic());
    }

    private static Optional<ResolvedFieldDeclaration> anyField(Expression e) {
        return Ast.field(e);
    }

    private static String owner(ResolvedFieldDeclaration f) {
        try {
            return f.declaringType().getQualifiedName();
        } catch (RuntimeException x) {
            return null;
        }
    }

    /** Two declaring classes that may be one (unknown ones may). */
    private static boolean sameOwner(String a, String b) {
        return a == null || b == null || Objects.equals(a, b);
    }
}
