package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link LoopModel} of one for-loop. */
public final class LoopAnalyzer {

    private final CallAnalyzer calls;

    public LoopAnalyzer(CallAnalyzer calls) {
        this.calls = calls;
    }

    public LoopModel analyse(ForStmt loop, CallableDeclaration<?> method, int collapse) {
        CanonicalForm.Result outerForm = CanonicalForm.of(loop);
        if (!outerForm.ok()) {
            return LoopModel.notCanonical(loop, method, collapse, null, List.of(outerForm.problem()), List.of());
        }
        CanonicalLoop outer = outerForm.loop();
        CanonicalLoop inner = null;
        Node body = loop.getBody();
        List<CollapseProblem> collapseProblems = new ArrayList<>();
        if (collapse == 2) {
            Optional<ForStmt> nested = perfectlyNested(loop);
            if (nested.isEmpty()) {
                collapseProblems.add(new CollapseProblem(CollapseProblem.Kind.NOT_PERFECTLY_NESTED, loop, outer.name(), null));
            } else {
                CanonicalForm.Result innerForm = CanonicalForm.of(nested.get());
                if (!innerForm.ok()) {
                    collapseProblems.add(new CollapseProblem(CollapseProblem.Kind.INNER_NOT_CANONICAL, innerForm.problem().at(),
                            outer.name(), innerForm.problem()));
                } else {
                    inner = innerForm.loop();
                    if (CanonicalForm.mentions(inner.first(), outer.name())) {
                        collapseProblems.add(new CollapseProblem(CollapseProblem.Kind.INNER_START_USES_OUTER, inner.first(), outer.name(), null));
                    }
                    if (CanonicalForm.mentions(inner.limit(), outer.name())) {
                        collapseProblems.add(new CollapseProblem(CollapseProblem.Kind.INNER_LIMIT_USES_OUTER, inner.limit(), outer.name(), null));
                    }
                    if (outer.indexOutside() || inner.indexOutside()) {
                        collapseProblems.add(new CollapseProblem(CollapseProblem.Kind.INDEX_DECLARED_OUTSIDE, loop, outer.name(), null));
                    }
                    if (!outer.type().equals(JavaType.INT) || !inner.type().equals(JavaType.INT)) {
                        collapseProblems.add(new CollapseProblem(CollapseProblem.Kind.NOT_INT, loop, outer.name(), null));
                    }
                    body = inner.loop().getBody();
                }
            }
            if (!collapseProblems.isEmpty()) {
                return LoopModel.notCanonical(loop, method, collapse, outer, List.of(), collapseProblems);
            }
        }
        List<VariableDeclarator> indices = new ArrayList<>();
        indices.add(outer.index());
        if (inner != null) {
            indices.add(inner.index());
        }
        LoopScope scope = new LoopScope(loop, body, indices);
        List<Finding> notCanonical = new ArrayList<>();
        boundInvariance(outer, scope, notCanonical);
        if (inner != null) {
            boundInvariance(inner, scope, notCanonical);
        }
        if (!notCanonical.isEmpty()) {
            return LoopModel.notCanonical(loop, method, collapse, outer, notCanonical, List.of());
        }
        // locals of the method that every iteration assigns before reading are the iteration's own
        ForStmt split = inner != null ? inner.loop() : loop;
        // counters of the iterations (row[k++]) need no other iteration's value: each starts from its closed form
        List<Induction> counters = inner == null ? InductionVariables.of((Statement) body, outer, scope) : List.of();
        Privatizer.Result privatization = Privatizer.of(loop, split, method, (Statement) body, scope,
                InductionVariables.declarations(counters));
        // one the privatizer refused (read after a loop inside a try) is no induction
        List<Privatized> privatized = privatization.privates();
        List<Induction> inductions = counters.stream()
                .filter(k -> privatized.stream().anyMatch(p -> p.declaration() == k.declaration())).toList();
        Set<Node> inductionDeclarations = InductionVariables.declarations(inductions);
        Optional<Finding> indexAfter = outer.indexOutside() ? Privatizer.indexAfterLoop(outer, loop, method) : Optional.empty();
        if (indexAfter.isPresent()) {
            return LoopModel.notCanonical(loop, method, collapse, outer, List.of(indexAfter.get()), List.of());
        }
        if (outer.indexOutside()) {
            // the chunk has its own index; the method's gets the value that ends the loop, when it is read after it
            privatization = privatization.withIndex(outer, loop, method);
        }
        scope = scope.withPrivates(privatization.privates());

        IndexForms forms = new IndexForms(scope, outer.name(), inner);
        Set<Node> privateLocals = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        privatization.privates().forEach(p -> privateLocals.add(p.declaration()));
        Freshness fresh = new Freshness(body, false, Set.of(), privateLocals);
        List<ScalarWrite> writes = new ArrayList<>();
        List<ArrayAccess> accesses = new ArrayList<>();
        List<Finding> unknownArrays = new ArrayList<>();
        List<Node> untyped = new ArrayList<>();
        collect(body, scope, forms, fresh, writes, accesses, unknownArrays);
        // a call that writes the rows it is handed (axpy(t, pivot, a[j])) updates those rows: the dependence test
        // below must prove each one the iteration's own
        LoopScope elementScope = scope;
        // temporaries made before the loop (Vec t = new Vec()): a callee using only their fields uses the block's own
        Set<Node> candidates = ScratchObjects.candidates(body, scope);
        List<CallFact> callFacts = calls.analyse(body, privateLocals, e -> ElementFields.element(e, elementScope, fresh).isPresent()
                || ScratchObjects.names(e, candidates));
        ScratchObjects.Result scratch = ScratchObjects.of(candidates, body, method, callFacts, calls);
        if (!scratch.not().isEmpty()) {
            // a candidate that is none is shared by the iterations: its calls are judged as for any shared object
            Set<Node> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            scratch.scratch().forEach(s -> kept.add(s.declaration()));
            callFacts = calls.analyse(body, privateLocals, e -> ElementFields.element(e, elementScope, fresh).isPresent()
                    || ScratchObjects.names(e, kept));
        }
        writes.removeIf(w -> ScratchObjects.writesField(w.node(), scratch.scratch()));
        // kinetic(p[i]), p[i].step(): the fields of the element the callee uses are accesses of its field arrays
        accesses.addAll(ElementFields.byCalls(callFacts, scope, forms, fresh));
        Set<Node> rowsWritten = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        callFacts.forEach(c -> c.writtenRows().forEach(r -> rowsWritten.add(Ast.unwrap(r))));
        accesses.replaceAll(a -> rowsWritten.contains(a.node()) ? new ArrayAccess(a.array(), a.key(), a.node(), a.indices(),
                ArrayAccess.Role.UPDATE, "call", a.form(), false) : a);

        // scalar reductions, one variable at a time
        List<Reduction> reductions = new ArrayList<>();
        List<NonReductionWrite> notReductions = new ArrayList<>();
        List<SkippedEvaluation> skipped = new ArrayList<>();
        List<ReductionUpdates> updates = new ArrayList<>();
        Map<Node, List<ScalarWrite>> byVariable = new IdentityHashMap<>();
        List<Node> order = new ArrayList<>();
        for (ScalarWrite w : writes) {
            if (w.kind() == NameKind.OUTER_LOCAL && !inductionDeclarations.contains(w.declaration())) {
                if (!byVariable.containsKey(w.declaration())) {
                    order.add(w.declaration());
                }
                byVariable.computeIfAbsent(w.declaration(), k -> new ArrayList<>()).add(w);
            }
        }
        Set<String> reduced = new java.util.HashSet<>();
        for (Node decl : order) {
            List<ScalarWrite> ws = byVariable.get(decl);
            Optional<JavaType> type = Ast.declaredType(decl);
            if (type.isEmpty()) {
                untyped.add(ws.get(0).node());
                continue;
            }
            ReductionFinder.Outcome o = ReductionFinder.of(ws, type.get(), scope, outer);
            if (o.reduction() != null) {
                reductions.add(o.reduction());
                reduced.add(key(decl, ws.get(0).name()));
            }
            if (o.notAReduction() != null) {
                notReductions.add(new NonReductionWrite(ws.get(0).name(), o.notAReduction(), privatization.whyNot().get(decl)));
            }
            Optional.ofNullable(o.skipsEffects()).ifPresent(skipped::add);
            Optional.ofNullable(o.updates()).ifPresent(updates::add);
        }

        // fields of this, or static ones, that the loop only updates with one operator (this.checksum += v)
        // also from inside methods of this class the loop calls (record(v) with total += v in it)
        List<CalleeReductions.Candidate> reducingCandidates = CalleeReductions.candidates(body, method, calls);
        List<Reduction> fieldReductions = FieldReductions.of(body, writes, callFacts, reducingCandidates);
        reductions.addAll(fieldReductions);
        List<ReducingCall> reducingCalls = new ArrayList<>();
        Set<Node> reducedTargets = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        fieldReductions.forEach(r -> reducedTargets.addAll(r.targets()));
        for (CalleeReductions.Candidate c : reducingCandidates) {
            // a call is one only when all its method's field writes are accepted reductions; else it stays judged as it was
            if (c.writes().stream().allMatch(w -> reducedTargets.contains(Ast.unwrap(w.node() instanceof AssignExpr a ? a.getTarget()
                    : ((com.github.javaparser.ast.expr.UnaryExpr) w.node()).getExpression())))) {
                reducingCalls.add(new ReducingCall(c.call(), c.callee(), c.callee().getNameAsString() + "$partials"));
            }
        }
        if (!reducingCalls.isEmpty()) {
            Set<Node> reducing = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            reducingCalls.forEach(r -> reducing.add(r.call()));
            callFacts = callFacts.stream().map(f -> !reducing.contains(f.node()) ? f : new CallFact(f.node(), f.callee(),
                    CallFact.Verdict.ANALYSED, "updates field reductions only (each block its own partials)", f.fieldsRead(), f.type(),
                    f.method())).toList();
        }

        // arrays whose index forms leave a dependence open: the affine test may still prove them apart
        Map<String, List<ArrayAccess>> byArray = new LinkedHashMap<>();
        accesses.forEach(a -> byArray.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a));
        Map<String, AffineDependence.Verdict> affine = new LinkedHashMap<>();
        Map<String, AffineDependence.Lane> lanes = new LinkedHashMap<>();
        if (inner == null) {
            AffineSubscripts subscripts = new AffineSubscripts(scope, outer.name(), body);
            for (List<ArrayAccess> group : byArray.values()) {
                if (group.stream().noneMatch(ArrayAccess::writes)) {
                    continue;
                }
                Optional<AffineDependence.Verdict> counted = InductionVariables.lanes(group, inductions, outer);
                if (counted.isPresent()) {
                    affine.put(group.get(0).key(), counted.get());
                    continue;
                }
                // an injective form needs no affine proof; its lane (data[8 * b + c]) still tells CLUSTER what moves
                Optional<AffineDependence.Verdict> v = AffineDependence.prove(group, outer, subscripts);
                if (!oneInjectiveForm(group)) {
                    v.ifPresent(verdict -> affine.put(group.get(0).key(), verdict));
                }
                v.filter(AffineDependence.Verdict::disjoint).map(AffineDependence.Verdict::lane)
                        .ifPresent(lane -> lanes.put(group.get(0).key(), lane));
            }
        }

        // array reductions: every access an update statement, not all at one injective index
        List<ArrayAccess> kept = new ArrayList<>();
        for (List<ArrayAccess> group : byArray.values()) {
            AffineDependence.Verdict v = affine.get(group.get(0).key());
            Optional<Reduction> r = v != null && v.disjoint() ? Optional.empty()
                    : group.get(0).elementField() ? ElementReductions.of(group, accesses, scope) : arrayReduction(group, method, scope);
            if (r.isPresent()) {
                reductions.add(r.get());
                reduced.add(group.get(0).key());
            }
            kept.addAll(group);
        }

        // a scratch local was made by new and never leaves the loop: no element of an array is it
        Set<Node> scratchLocals = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        scratch.scratch().stream().filter(s -> s.original() == null).forEach(s -> scratchLocals.add(s.declaration()));
        List<ElementFieldPath> elementPaths = ElementFields.otherPaths(body, kept, callFacts, scope, fresh, scratchLocals);

        // the chunk class runs the loop's step too (i += len), and a collapsed inner loop's header
        List<Node> chunkCode = new ArrayList<>(List.of(body));
        chunkCode.addAll(loop.getUpdate());
        if (inner != null) {
            chunkCode.addAll(inner.loop().getInitialization());
            inner.loop().getCompare().ifPresent(chunkCode::add);
            chunkCode.addAll(inner.loop().getUpdate());
        }
        List<Captured> captured = new ArrayList<>(captured(chunkCode, scope, method, reduced, untyped));
        // the chunk keeps each counter's value from before the loop, which every iteration starts from
        for (Induction k : inductions) {
            if (captured.stream().noneMatch(c -> c.name().equals(k.name()))) {
                captured.add(new Captured(k.name(), k.type()));
            }
        }
        if (!inductions.isEmpty()) {
            captured.addAll(captured(List.of(outer.first()), scope, method, reduced, untyped).stream()
                    .filter(c -> captured.stream().noneMatch(d -> d.name().equals(c.name()))).toList());
        }
        return new LoopModel(loop, method, collapse, outer, inner, body, List.of(), List.of(), writes, kept, unknownArrays,
                reductions, notReductions, skipped, updates, callFacts, captured, untyped,
                privatization.privates(), affine, lanes, ownObjects(body, fresh), elementPaths, inductions, scratch, reducingCalls);
    }

    /** The objects of the iteration whose fields the body writes in place ({@code v.x = ...}, {@code c[0].y += ...}). */
    private static List<String> ownObjects(Node body, Freshness fresh) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Node n : body.findAll(Node.class)) {
            Expression target = n instanceof AssignExpr a ? Ast.unwrap(a.getTarget())
                    : n instanceof UnaryExpr u && LoopScope.isIncrement(u) ? Ast.unwrap(u.getExpression()) : null;
            if (target instanceof FieldAccessExpr f && !(Ast.unwrap(f.getScope()) instanceof com.github.javaparser.ast.expr.ThisExpr)
                    && fresh.isFresh(f.getScope())) {
                names.add(Ast.unwrap(f.getScope()).toString());
            }
        }
        return List.copyOf(names);
    }

    /** Whether every write and read of the group is at one injective index form: proven without the affine test. */
    private static boolean oneInjectiveForm(List<ArrayAccess> group) {
        String form = group.stream().filter(ArrayAccess::writes).findFirst().map(ArrayAccess::form).orElse(null);
        return form != null && group.stream().allMatch(a -> a.role() != ArrayAccess.Role.WHOLE && form.equals(a.form()));
    }

    /** The inner loop of {@code for (...) for (...)} or {@code for (...) { for (...) }}, labelled or not. */
    private static Optional<ForStmt> perfectlyNested(ForStmt loop) {
        Statement b = loop.getBody();
        if (b instanceof BlockStmt block && block.getStatements().size() == 1) {
            b = block.getStatement(0);
        }
        if (b instanceof LabeledStmt l) {
            b = l.getStatement();
        }
        return b instanceof ForStmt f ? Optional.of(f) : Optional.empty();
    }

    private static void boundInvariance(CanonicalLoop c, LoopScope scope, List<Finding> out) {
        if (c.type().equals(JavaType.INT)) {
            // the runtime's int loops take int bounds; a wider bound would not compile (or overflow the index)
            List<Expression> bounds = new ArrayList<>(List.of(c.first(), c.limit()));
            CanonicalForm.stepExpression(c).ifPresent(bounds::add);
            for (Expression b : bounds) {
                String t = resolvedType(b);
                if (t.equals("long") || t.equals("float") || t.equals("double") || t.equals("java.lang.Long")) {
                    out.add(new Finding(b, "the int index " + c.name() + " of the loop at line " + Lines.line(c.loop())
                            + " is compared with or stepped by " + b + ", a " + t, "use a long index, or an int bound"));
                }
            }
        }
        Invariance.whyVariant(c.limit(), scope).ifPresent(why -> out.add(new Finding(c.limit(),
                "the limit " + c.limit() + " of the loop at line " + Lines.line(c.loop()) + " may change while the loop runs: " + why,
                "jpar evaluates the limit once; compute it into a local before the loop")));
        CanonicalForm.stepExpression(c).flatMap(s -> Invariance.whyVariant(s, scope)).ifPresent(why -> out.add(new Finding(
                c.loop().getUpdate().get(0), "the step of the loop at line " + Lines.line(c.loop()) + " may change while the loop runs: " + why,
                "use a step that does not change in the loop")));
    }

    private void collect(Node body, LoopScope scope, IndexForms forms, Freshness fresh, List<ScalarWrite> writes,
                         List<ArrayAccess> accesses, List<Finding> unknownArrays) {
        for (Node n : body.findAll(Node.class)) {
            Expression target = null;
            if (n instanceof AssignExpr a) {
                target = Ast.unwrap(a.getTarget());
            } else if (n instanceof UnaryExpr u && LoopScope.isIncrement(u)) {
                target = Ast.unwrap(u.getExpression());
            }
            if (target instanceof NameExpr name) {
                NameKind kind = scope.kind(name);
                if (kind != NameKind.BODY_LOCAL) {
                    writes.add(new ScalarWrite(n, name.getNameAsString(), kind, scope.declaration(name).orElse(null)));
                }
            } else if (target instanceof FieldAccessExpr f && !fresh.isFresh(f.getScope())
                    && ElementFields.access(f, scope, forms, fresh).isEmpty()) {
                writes.add(new ScalarWrite(n, f.toString(), NameKind.FIELD, null));
            }
            if (n instanceof FieldAccessExpr f) {
                // p[i].x: an access of the array p[].x of the elements' fields
                ElementFields.access(f, scope, forms, fresh).ifPresent(accesses::add);
            }
            if (n instanceof ArrayAccessExpr access && !(n.getParentNode().orElse(null) instanceof ArrayAccessExpr p && p.getName() == n)) {
                arrayAccess(access, scope, forms, fresh, accesses, unknownArrays);
            }
            if (n instanceof NameExpr name && wholeUse(name)) {
                NameKind kind = scope.kind(name);
                Optional<ArrayAccessExpr> row = kind == NameKind.OUTER_LOCAL ? RowAlias.of(name, scope) : Optional.empty();
                if (row.isPresent()) {
                    // the row alias handed on whole (to a call that only reads it: one that writes it is refused)
                    List<Expression> prefix = new ArrayList<>();
                    NameExpr rn = (NameExpr) arrayOf(row.get(), prefix);
                    accesses.add(new ArrayAccess(rn.getNameAsString(), key(scope.declaration(rn).orElse(null), rn.getNameAsString()),
                            name, prefix, ArrayAccess.Role.READ, null, forms.form(prefix, name), false));
                } else if (kind == NameKind.OUTER_LOCAL || kind == NameKind.FIELD) {
                    accesses.add(new ArrayAccess(name.getNameAsString(), key(scope.declaration(name).orElse(null), name.getNameAsString()),
                            name, List.of(), ArrayAccess.Role.WHOLE, null, null, false));
                }
            }
        }
    }

    /** A name used as a value of its own (not indexed, not {@code .length}, not assigned, not a method's receiver but for clone()). */
    private static boolean wholeUse(NameExpr name) {
        Node p = name.getParentNode().orElse(null);
        if (p instanceof ArrayAccessExpr a && a.getName() == name) {
            return false;
        }
        if (p instanceof FieldAccessExpr f && f.getScope() == name) {
            return false;
        }
        // an array's methods compare or hash its identity, except clone(), which reads every element
        if (p instanceof com.github.javaparser.ast.expr.MethodCallExpr m && m.getScope().map(s -> s == name).orElse(false)
                && !m.getNameAsString().equals("clone")) {
            return false;
        }
        return !(p instanceof AssignExpr a && a.getTarget() == name);
    }

    /** {@code this.x} or {@code Outer.x} in a method of Outer: the field that the simple name {@code x} means too. */
    private static boolean ownField(FieldAccessExpr f) {
        if (f.getScope() instanceof ThisExpr t) {
            return t.getTypeName().isEmpty();
        }
        return f.getScope() instanceof NameExpr type && Scopes.declaration(type.getNameAsString(), f).isEmpty()
                && f.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString().equals(type.getNameAsString())).orElse(false);
    }

    /** Fields read off {@code this}, a class, or a variable the loop does not assign: {@code o.y}, {@code this.p.y}. */
    private static boolean fieldPath(Expression e, LoopScope scope) {
        Expression x = Ast.unwrap(e);
        if (!(x instanceof FieldAccessExpr)) {
            return false;
        }
        while (x instanceof FieldAccessExpr f) {
            x = Ast.unwrap(f.getScope());
        }
        if (x instanceof ThisExpr) {
            return true;
        }
        if (!(x instanceof NameExpr n)) {
            return false;
        }
        NameKind kind = scope.kind(n);
        return (kind == NameKind.OUTER_LOCAL || kind == NameKind.FIELD) && scope.writesOf(n).isEmpty();
    }

    /** The array of {@code a[x][y]} ({@code a}), adding its indices outermost first to {@code indices}. */
    private static Expression arrayOf(Expression access, List<Expression> indices) {
        Expression base = access;
        while (Ast.unwrap(base) instanceof ArrayAccessExpr a) {
            indices.add(0, a.getIndex());
            base = a.getName();
        }
        return Ast.unwrap(base);
    }

    private static void arrayAccess(ArrayAccessExpr access, LoopScope scope, IndexForms forms, Freshness fresh, List<ArrayAccess> out,
                                    List<Finding> unknownArrays) {
        List<Expression> indices = new ArrayList<>();
        Expression base = arrayOf(access, indices);
        ArrayAccess.Role role = ArrayAccess.roleOf(access);
        String operator = ArrayAccess.operatorOf(access);
        boolean statementLevel = ArrayAccess.statementLevel(access);
        String name;
        String key;
        if (base instanceof NameExpr n) {
            NameKind kind = scope.kind(n);
            Optional<Node> decl = scope.declaration(n);
            if (kind == NameKind.BODY_LOCAL) {
                // a row of a shared array (double[] row = c[i]) is an access to that array; a new array is private
                Optional<Expression> init = onceValue(n, scope);
                if (fresh.isFresh(access.getName())) {
                    return; // the array written (a row of it, for g[0][1]) was created by this iteration
                }
                if (init.isPresent() && init.get() instanceof ArrayAccessExpr rowOf) {
                    List<Expression> prefix = new ArrayList<>();
                    Expression rb = arrayOf(rowOf, prefix);
                    if (rb instanceof NameExpr rn && (scope.kind(rn) == NameKind.OUTER_LOCAL || scope.kind(rn) == NameKind.FIELD)) {
                        prefix.addAll(indices);
                        out.add(new ArrayAccess(rn.getNameAsString(), key(scope.declaration(rn).orElse(null), rn.getNameAsString()),
                                access, prefix, role, operator, forms.form(prefix, access), statementLevel));
                        return;
                    }
                }
                if (role != ArrayAccess.Role.READ && Ast.unwrap(access.getName()) instanceof ArrayAccessExpr row
                        && fresh.isFresh(n)) {
                    unknownArrays.add(new Finding(access, access + " at line " + Lines.line(access) + " writes into " + row
                            + ", a row that may be an array shared by the iterations: the loop stores into " + n
                            + " a row it did not create, or hands " + n + " on whole",
                            "store only rows created in the loop (" + row + " = new ...), or write the shared array by the loop index"));
                } else if (role != ArrayAccess.Role.READ) {
                    unknownArrays.add(new Finding(access, access + " at line " + Lines.line(access) + " writes an element of "
                            + n + ", which may be an array shared by the iterations",
                            "write the shared array by the loop index (a[i] = ...), or create " + n + " in the loop"));
                }
                return;
            }
            Optional<ArrayAccessExpr> row = kind == NameKind.OUTER_LOCAL ? RowAlias.of(n, scope) : Optional.empty();
            if (row.isPresent()) {
                // double[] pivot = a[k]; just before the loop: pivot[c] is a[k][c]
                List<Expression> prefix = new ArrayList<>();
                NameExpr rn = (NameExpr) arrayOf(row.get(), prefix);
                prefix.addAll(indices);
                out.add(new ArrayAccess(rn.getNameAsString(), key(scope.declaration(rn).orElse(null), rn.getNameAsString()),
                        access, prefix, role, operator, forms.form(prefix, access), statementLevel));
                return;
            }
            name = n.getNameAsString();
            key = key(decl.orElse(null), name);
        } else if (base instanceof FieldAccessExpr && fresh.isFresh(access.getName())) {
            return; // an array its fresh object was built with (o.buf of an object the iteration created)
        } else if (base instanceof FieldAccessExpr f && ownField(f)) {
            name = f.getNameAsString();
            key = key(null, name);
        } else if (role == ArrayAccess.Role.READ && fieldPath(base, scope)) {
            // o.y[k], Other.x[k]: the same array in every iteration, which the run-time overlap check can name
            name = base.toString();
            key = "path:" + name;
        } else {
            if (role != ArrayAccess.Role.READ) {
                unknownArrays.add(new Finding(access, access + " at line " + Lines.line(access) + " writes an element of " + base
                        + ", an array jpar cannot name", "assign the array to a local before the loop and write through it"));
            }
            return;
        }
        out.add(new ArrayAccess(name, key, access, indices, role, operator, forms.form(indices, access), statementLevel));
    }

    /**
     * The one value a local of the iteration holds: its initializer when the body never assigns it, or the one
     * assignment that privatizes a local of the method; empty when it may hold several.
     */
    static Optional<Expression> onceValue(NameExpr n, LoopScope scope) {
        Optional<Node> decl = scope.declaration(n);
        Optional<Privatized> privatized = decl.flatMap(scope::privatized);
        if (privatized.isPresent()) {
            return Optional.ofNullable(privatized.get().value());
        }
        if (!scope.writesOf(n).isEmpty()) {
            return Optional.empty();
        }
        return decl.filter(VariableDeclarator.class::isInstance).flatMap(d -> ((VariableDeclarator) d).getInitializer()).map(Ast::unwrap);
    }

    private static Optional<Reduction> arrayReduction(List<ArrayAccess> group, CallableDeclaration<?> method, LoopScope scope) {
        String op = null;
        boolean allSameInjective = true;
        String firstForm = group.get(0).form();
        List<Integer> lines = new ArrayList<>();
        for (ArrayAccess a : group) {
            if (a.role() != ArrayAccess.Role.UPDATE || !a.statementLevel() || a.indices().size() != 1
                    || !(a.node() instanceof ArrayAccessExpr e && Ast.unwrap(e.getName()) instanceof NameExpr)) {
                return Optional.empty();
            }
            Node update = a.node().getParentNode().orElseThrow();
            if (update instanceof AssignExpr as && CanonicalForm.mentions(as.getValue(), a.array())) {
                return Optional.empty();
            }
            boolean indexReadsArray = a.indices().get(0).findAll(NameExpr.class).stream()
                    .anyMatch(n -> n.getNameAsString().equals(a.array())
                            && !(n.getParentNode().orElse(null) instanceof FieldAccessExpr f && f.getNameAsString().equals("length")));
            if (indexReadsArray) {
                return Optional.empty();
            }
            String o = ElementReductions.combined(a.operator());
            if (o == null || (op != null && !op.equals(o))) {
                return Optional.empty();
            }
            op = o;
            if (a.form() == null || !a.form().equals(firstForm)) {
                allSameInjective = false;
            }
            if (!lines.contains(a.line())) {
                lines.add(a.line());
            }
        }
        if (allSameInjective) {
            return Optional.empty(); // h[i] += v: each iteration owns its element, no copies needed
        }
        ArrayAccess first = group.get(0);
        NameExpr use = first.node().findFirst(NameExpr.class, n -> n.getNameAsString().equals(first.array())).orElse(null);
        Optional<JavaType> type = use == null ? Optional.empty()
                : scope.declaration(use).flatMap(Ast::declaredType).or(() -> fieldType(method, first.array()));
        // one-dimensional arrays of numbers: a boolean[] has no arithmetic update
        if (type.isEmpty() || !type.get().primitiveArray() || type.get().dimensions() != 1 || type.get().base().bool()) {
            return Optional.empty();
        }
        return Optional.of(new Reduction(first.array(), type.get(), op, true, List.copyOf(lines)));
    }

    private static Optional<JavaType> fieldType(CallableDeclaration<?> method, String name) {
        Node n = method.getParentNode().orElse(null);
        if (n instanceof TypeDeclaration<?> t) {
            for (FieldDeclaration f : t.getFields()) {
                for (VariableDeclarator v : f.getVariables()) {
                    if (v.getNameAsString().equals(name)) {
                        return Optional.of(JavaType.of(v.getType().asString()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Captured> captured(List<Node> chunkCode, LoopScope scope, CallableDeclaration<?> method, Set<String> reduced,
                                           List<Node> untyped) {
        Map<String, Captured> out = new LinkedHashMap<>();
        Set<Node> writtenInMethod = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : method.findAll(Node.class)) {
            LoopScope.assignedName(n).flatMap(name -> Scopes.declaration(name.getNameAsString(), name)).ifPresent(writtenInMethod::add);
        }
        for (NameExpr n : chunkCode.stream().flatMap(c -> c.findAll(NameExpr.class).stream()).toList()) {
            if (scope.kind(n) != NameKind.OUTER_LOCAL) {
                continue;
            }
            Node decl = scope.declaration(n).orElseThrow();
            String k = key(decl, n.getNameAsString());
            if (reduced.contains(k) || out.containsKey(k)) {
                continue;
            }
            boolean effectivelyFinal = !writtenInMethod.contains(decl)
                    && (decl instanceof Parameter || (decl instanceof VariableDeclarator v && v.getInitializer().isPresent()));
            if (effectivelyFinal) {
                continue;
            }
            Optional<JavaType> type = Ast.declaredType(decl);
            if (type.isEmpty()) {
                untyped.add(n);
                continue;
            }
            out.put(k, new Captured(n.getNameAsString(), type.get()));
        }
        return List.copyOf(out.values());
    }

    private static String resolvedType(Expression e) {
        try {
            return e.calculateResolvedType().describe();
        } catch (RuntimeException | StackOverflowError x) {
            return "?";
        }
    }

    /** Identifies a variable: its name and where it is declared; fields by name. */
    static String key(Node decl, String name) {
        if (decl == null) {
            return "this." + name;
        }
        return name + "@" + decl.getBegin().map(p -> p.line + ":" + p.column).orElse("?");
    }

}
