package io.jpar.processor.analysis;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a call made by a loop body may touch. Methods of the user's sources are read (transitively,
 * recursion included) for writes to fields or to arrays they did not create. JDK methods are judged by what
 * {@link JdkCalls} knows of them: a method that changes its receiver or an argument is safe only on objects the
 * iteration created. A method jpar cannot see into at all is safe only when it is handed nothing but objects the
 * iteration created and immutable values; otherwise it is {@link CallFact.Verdict#UNKNOWN}, refused unless the user
 * vouches for it.
 */
public final class CallAnalyzer {

    /** What one callee may do, whoever calls it. */
    private record Outcome(String unsafe, List<Unseen> unknown, Set<String> fieldsRead) {
    }

    private final Map<String, List<TypeDeclaration<?>>> typesByName;
    private final Map<String, Outcome> done = new HashMap<>();
    /** Methods being read, by key, with their depth in the chain of calls being read. */
    private final Map<String, Integer> inProgress = new HashMap<>();
    /** The shallowest open method that the reading under way assumed safe; MAX_VALUE when none. */
    private int assumedDepth = Integer.MAX_VALUE;

    /**
     * @param typesByName the classes of the user's sources by simple name: candidates for calls the symbol
     *                    solver cannot resolve
     */
    public CallAnalyzer(Map<String, List<TypeDeclaration<?>>> typesByName) {
        this.typesByName = typesByName;
    }

    /**
     * Facts on every call in {@code region} (the loop body); {@code privateLocals} are the declarations of the
     * method's locals private to each iteration.
     */
    public List<CallFact> analyse(Node region, Set<Node> privateLocals) {
        return analyse(region, privateLocals, e -> false);
    }

    /**
     * Like {@link #analyse(Node, Set)}; {@code element} tells the expressions that are elements of the loop's shared
     * arrays of objects ({@code p[i]}), whose fields a callee handed them may use (see {@link CallFact#elementUses}).
     */
    public List<CallFact> analyse(Node region, Set<Node> privateLocals, java.util.function.Predicate<Expression> element) {
        Freshness fresh = new Freshness(region, false, Set.of(), privateLocals);
        List<CallFact> facts = new ArrayList<>();
        for (Node n : region.findAll(Node.class)) {
            if (n instanceof MethodCallExpr || n instanceof ObjectCreationExpr) {
                facts.addAll(top(n, fresh, element));
            }
        }
        return facts;
    }

    private List<CallFact> top(Node call, Freshness fresh, java.util.function.Predicate<Expression> element) {
        CallFact rows = rowWriter(call, fresh);
        if (rows != null) {
            return List.of(rows);
        }
        CallFact elements = elementCall(call, fresh, element);
        if (elements != null) {
            return List.of(elements);
        }
        Verdict v = classifyOrUnknown(call, fresh);
        if (v == null) {
            return List.of();
        }
        List<CallFact> facts = new ArrayList<>();
        facts.add(new CallFact(call, v.callee, v.verdict, v.detail, v.fieldsRead, v.type, v.method));
        for (Unseen unknown : v.unknown) {
            facts.add(new CallFact(call, unknown.callee(), CallFact.Verdict.UNKNOWN, "called by " + v.callee, Set.of(),
                    unknown.type(), unknown.method()));
        }
        return facts;
    }

    /**
     * A method of the user's sources handed rows of the loop's arrays ({@code axpy(t, pivot, a[j])}) that writes
     * elements of some of them itself and is otherwise safe: a fact naming the rows it writes, for the loop's
     * dependence test to prove owned by the iteration. Null when the call is not of that kind (then it is judged
     * as any other). A row parameter the callee assigns, or hands to another call that writes it, is not one.
     */
    private CallFact rowWriter(Node call, Freshness fresh) {
        if (!(call instanceof MethodCallExpr m) || m.getArguments().stream().noneMatch(a -> Ast.unwrap(a) instanceof ArrayAccessExpr)) {
            return null;
        }
        MethodDeclaration md;
        ResolvedMethodDeclaration r;
        try {
            r = m.resolve();
            if (!(r.toAst().orElse(null) instanceof MethodDeclaration d) || d.getBody().isEmpty()) {
                return null;
            }
            md = d;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
        Set<Node> rows = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int n = Math.min(m.getArguments().size(), md.getParameters().size());
        for (int k = 0; k < n; k++) {
            Parameter p = md.getParameter(k);
            if (!p.isVarArgs() && Ast.unwrap(m.getArgument(k)) instanceof ArrayAccessExpr && !fresh.isFresh(m.getArgument(k))
                    && !Scopes.assigned(p, p.getNameAsString(), md)) {
                rows.add(p);
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        boolean receiverFresh = m.getScope().map(fresh::isFresh).orElse(fresh.thisFresh());
        Set<Node> written = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Outcome o = scan(md, receiverFresh, fresh.freshArguments(m, md), rows, written, null);
        if (o.unsafe != null || !o.unknown.isEmpty() || written.isEmpty()) {
            return null;
        }
        List<Expression> writtenRows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (written.contains(md.getParameter(k))) {
                writtenRows.add(m.getArgument(k));
            }
        }
        String named = r.declaringType().getName() + "." + r.getName() + "()";
        return new CallFact(call, named, CallFact.Verdict.ANALYSED, "writes elements of the rows it is handed: "
                + writtenRows.stream().map(CallAnalyzer::quote).collect(java.util.stream.Collectors.joining(", ")),
                o.fieldsRead, r.declaringType().getQualifiedName(), r.getName(), List.copyOf(writtenRows), List.of());
    }

    /**
     * The parameters of a callee (and perhaps its {@code this}) that are elements of the loop's arrays of objects,
     * and what the callee does with their fields, filled in while it is read: a field of one of them it reads or
     * assigns itself is the element's, for the loop's dependence test; anything else (a field of a field, handing
     * it on) is judged as for any shared object.
     */
    private record Owned(Set<Node> parameters, boolean self, Node callee, Map<Node, Set<String>> read,
                         Map<Node, Set<String>> written) {

        /** The parameter (or the callee, for {@code this}) whose element {@code field} is a field of; null if none. */
        Node owner(FieldAccessExpr field) {
            Expression scope = Ast.unwrap(field.getScope());
            if (scope instanceof NameExpr n) {
                Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
                return decl.isPresent() && parameters.contains(decl.get()) && instanceField(field) ? decl.get() : null;
            }
            return self && scope instanceof ThisExpr t && t.getTypeName().isEmpty() && instanceField(field) ? callee : null;
        }

        /** {@code callee} for a bare name that is an instance field of the callee's class, when {@code this} is owned. */
        Node owner(NameExpr name) {
            return self && Scopes.declaration(name.getNameAsString(), name).isEmpty() && isInstanceField(name, name.getNameAsString())
                    ? callee : null;
        }

        private static boolean instanceField(FieldAccessExpr f) {
            try {
                var resolved = f.resolve();
                return resolved.isField() && !resolved.asField().isStatic();
            } catch (RuntimeException | StackOverflowError e) {
                return false;
            }
        }
    }

    /**
     * A method of the user's sources handed elements of the loop's arrays of objects ({@code kinetic(p[i])}), or
     * called on one ({@code p[i].step(dt)}), that uses their fields itself and is otherwise safe: a fact naming the
     * fields, for the loop's dependence test to prove the element the iteration's own. Null when the call is not of
     * that kind (then it is judged as any other).
     */
    private CallFact elementCall(Node call, Freshness fresh, java.util.function.Predicate<Expression> element) {
        if (!(call instanceof MethodCallExpr m)) {
            return null;
        }
        boolean self = m.getScope().map(s -> !fresh.isFresh(s) && element.test(Ast.unwrap(s))).orElse(false);
        if (!self && m.getArguments().stream().noneMatch(a -> element.test(Ast.unwrap(a)))) {
            return null;
        }
        MethodDeclaration md;
        ResolvedMethodDeclaration r;
        try {
            r = m.resolve();
            if (!(r.toAst().orElse(null) instanceof MethodDeclaration d) || d.getBody().isEmpty()) {
                return null;
            }
            md = d;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
        // a call on an element runs the method of the element's class: one jpar can name
        self &= !md.isStatic() && overrides(md, r).isEmpty();
        Set<Node> parameters = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int n = Math.min(m.getArguments().size(), md.getParameters().size());
        for (int k = 0; k < n; k++) {
            Parameter p = md.getParameter(k);
            if (!p.isVarArgs() && !fresh.isFresh(m.getArgument(k)) && element.test(Ast.unwrap(m.getArgument(k)))
                    && !Scopes.assigned(p, p.getNameAsString(), md)) {
                parameters.add(p);
            }
        }
        if (parameters.isEmpty() && !self) {
            return null;
        }
        Owned owned = new Owned(parameters, self, md, new java.util.IdentityHashMap<>(), new java.util.IdentityHashMap<>());
        Outcome o = scan(md, false, fresh.freshArguments(m, md), Set.of(), new java.util.HashSet<>(), owned);
        if (o.unsafe != null || !o.unknown.isEmpty() || (owned.read.isEmpty() && owned.written.isEmpty())) {
            return null;
        }
        List<CallFact.ElementUse> uses = new ArrayList<>();
        if (self) {
            uses.add(use(m.getScope().get(), owned, md));
        }
        for (int k = 0; k < n; k++) {
            if (parameters.contains(md.getParameter(k))) {
                uses.add(use(m.getArgument(k), owned, md.getParameter(k)));
            }
        }
        uses.removeIf(u -> u.read().isEmpty() && u.written().isEmpty());
        String named = r.declaringType().getName() + "." + r.getName() + "()";
        String detail = "uses fields of the elements it is handed: " + uses.stream().map(u -> quote(u.element())
                + " (" + (u.written().isEmpty() ? "reads " + String.join(", ", new java.util.TreeSet<>(u.read()))
                : "writes " + String.join(", ", new java.util.TreeSet<>(u.written()))) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        return new CallFact(call, named, CallFact.Verdict.ANALYSED, detail, o.fieldsRead, r.declaringType().getQualifiedName(),
                r.getName(), List.of(), List.copyOf(uses));
    }

    private static CallFact.ElementUse use(Expression element, Owned owned, Node owner) {
        return new CallFact.ElementUse(Ast.unwrap(element), Set.copyOf(owned.read.getOrDefault(owner, Set.of())),
                Set.copyOf(owned.written.getOrDefault(owner, Set.of())));
    }

    /** One unknown callee found inside an analysed one: how it is named, where, and what to match {@code trust} with. */
    private record Unseen(String callee, String type, String method) {
    }

    private record Verdict(CallFact.Verdict verdict, String callee, String detail, List<Unseen> unknown, Set<String> fieldsRead,
                           String type, String method) {
        Verdict(CallFact.Verdict verdict, String callee, String detail, List<Unseen> unknown) {
            this(verdict, callee, detail, unknown, Set.of(), null, null);
        }

        Verdict of(String qualifiedType, String name) {
            return new Verdict(verdict, callee, detail, unknown, fieldsRead, qualifiedType, name);
        }
    }

    /** The solver fails on code it cannot type (missing classes, odd generics): then the callee is unknown. */
    private Verdict classifyOrUnknown(Node call, Freshness fresh) {
        try {
            return classify(call, fresh);
        } catch (RuntimeException | StackOverflowError e) {
            return new Verdict(CallFact.Verdict.UNKNOWN, describe(call), null, List.of()).of(scopeText(call), methodName(call));
        }
    }

    /** The verdict on one call; null for calls not worth a fact (constructors of JDK classes). */
    private Verdict classify(Node call, Freshness fresh) {
        if (call instanceof ObjectCreationExpr creation) {
            if (creation.getAnonymousClassBody().isPresent()) {
                return null; // its body is part of the region and analysed with it
            }
            ResolvedConstructorDeclaration c;
            try {
                c = creation.resolve();
            } catch (RuntimeException | StackOverflowError e) {
                return new Verdict(CallFact.Verdict.UNKNOWN, "new " + creation.getType() + "()", null, List.of())
                        .of(creation.getType().getNameAsString(), "<init>");
            }
            String type = c.declaringType().getQualifiedName();
            String named = "new " + c.declaringType().getName() + "()";
            Optional<Node> ast = c.toAst();
            if (ast.isPresent() && ast.get() instanceof ConstructorDeclaration cd) {
                return fromOutcome(body(cd, true, fresh.freshArguments(creation, cd)), named).of(type, "<init>");
            }
            if (jdk(type)) {
                return null; // JDK constructors build their own object from what they are given
            }
            if (ast.isEmpty() && c.declaringType().toAst().orElse(null) instanceof TypeDeclaration<?> t) {
                // the default constructor of a user class: the superclass's part and the field initializers
                return fromOutcome(initialization(t), named).of(type, "<init>");
            }
            return handedOnlyOwnOrImmutable(creation.getArguments(), fresh)
                    ? new Verdict(CallFact.Verdict.KNOWN_SAFE, named, UNSEEN_BUT_OWN, List.of()).of(type, "<init>")
                    : new Verdict(CallFact.Verdict.UNKNOWN, named, null, List.of()).of(type, "<init>");
        }
        MethodCallExpr m = (MethodCallExpr) call;
        String scopeText = m.getScope().map(Object::toString).orElse("");
        if ((scopeText.equals("System.out") || scopeText.equals("System.err")) && !isLocal(m, "System")) {
            return new Verdict(CallFact.Verdict.KNOWN_SAFE, scopeText + "." + m.getNameAsString() + "()", "printing", List.of());
        }
        if (scopeText.equals("Thread") && m.getNameAsString().equals("currentThread") && !isLocal(m, "Thread")) {
            return new Verdict(CallFact.Verdict.KNOWN_SAFE, "Thread.currentThread()", null, List.of());
        }
        if (scopeText.equals("Thread.currentThread()") && Set.of("getName", "getId", "threadId").contains(m.getNameAsString())) {
            return new Verdict(CallFact.Verdict.KNOWN_SAFE, "Thread." + m.getNameAsString() + "()", null, List.of());
        }
        boolean receiverFresh = m.getScope().map(fresh::isFresh).orElse(fresh.thisFresh());
        ResolvedMethodDeclaration r;
        try {
            r = m.resolve();
        } catch (RuntimeException | StackOverflowError e) {
            String named = m.getScope().map(s -> s + ".").orElse("") + m.getNameAsString() + "()";
            Verdict bySource = unresolvedInOwnClass(m, receiverFresh);
            if (bySource != null) {
                return bySource;
            }
            // the solver gives up on some overloads (Arrays.hashCode(int[])); a static call names its JDK class itself
            Optional<String> jdkType = staticJdkType(m);
            Optional<JdkCalls.Effect> effect = jdkType.flatMap(t -> JdkCalls.effect(t, m.getNameAsString(), m.getArguments().size()));
            if (effect.isPresent()) {
                return known(effect.get(), m, receiverFresh, fresh, named).of(jdkType.get(), m.getNameAsString());
            }
            return new Verdict(CallFact.Verdict.UNKNOWN, named, null, List.of()).of(scopeText(m), m.getNameAsString());
        }
        String type = r.declaringType().getQualifiedName();
        String named = r.declaringType().getName() + "." + r.getName() + "()";
        Optional<Node> ast = r.toAst();
        if (ast.isPresent() && ast.get() instanceof MethodDeclaration md) {
            if (md.getBody().isEmpty()) {
                return new Verdict(CallFact.Verdict.UNKNOWN, named, "abstract: jpar cannot tell which implementation runs",
                        List.of()).of(type, r.getName());
            }
            Outcome o = body(md, receiverFresh, fresh.freshArguments(m, md));
            for (CallableDeclaration<?> other : overrides(md, r)) {
                if (o.unsafe != null) {
                    break;
                }
                o = merge(o, body(other, receiverFresh, fresh.freshArguments(m, other)), other);
            }
            return fromOutcome(o, named).of(type, r.getName());
        }
        Optional<JdkCalls.Effect> effect = JdkCalls.effect(type, r.getName(), m.getArguments().size());
        if (effect.isPresent()) {
            return known(effect.get(), m, receiverFresh, fresh, named).of(type, r.getName());
        }
        boolean receiverOwn = r.isStatic() ? jdk(type) : receiverFresh || m.getScope().map(CallAnalyzer::immutable).orElse(false);
        if (receiverOwn && handedOnlyOwnOrImmutable(m.getArguments(), fresh)) {
            return new Verdict(CallFact.Verdict.KNOWN_SAFE, named, UNSEEN_BUT_OWN, List.of()).of(type, r.getName());
        }
        return new Verdict(CallFact.Verdict.UNKNOWN, named, null, List.of()).of(type, r.getName());
    }

    private static final String UNSEEN_BUT_OWN = "jpar cannot see inside it, but it is handed only objects the iteration"
            + " created and immutable values";

    /** A JDK method jpar knows: safe unless it changes something the iterations share. */
    private static Verdict known(JdkCalls.Effect effect, MethodCallExpr m, boolean receiverFresh, Freshness fresh, String named) {
        return switch (effect.kind()) {
            case READS -> new Verdict(CallFact.Verdict.KNOWN_SAFE, named, null, List.of());
            case MUTATES_RECEIVER -> receiverFresh
                    ? new Verdict(CallFact.Verdict.KNOWN_SAFE, named, "on an object created in the loop", List.of())
                    : new Verdict(CallFact.Verdict.UNSAFE, named, "changes " + m.getScope().map(CallAnalyzer::quote).orElse("this")
                            + ", which the iterations share", List.of());
            case MUTATES_ARGUMENT -> {
                int k = effect.argument();
                if (k >= m.getArguments().size() || fresh.isFresh(m.getArgument(k))) {
                    yield new Verdict(CallFact.Verdict.KNOWN_SAFE, named, null, List.of());
                }
                yield new Verdict(CallFact.Verdict.UNSAFE, named, "writes " + quote(m.getArgument(k))
                        + ", which the iterations share", List.of());
            }
            case GLOBAL -> new Verdict(CallFact.Verdict.UNSAFE, named, m.getNameAsString().equals("random")
                    || m.getNameAsString().equals("shuffle")
                    ? "draws from one random generator that all threads share, so the numbers each iteration gets would"
                    + " depend on the order the iterations run in"
                    : "changes state of the whole JVM that every iteration sees", List.of());
        };
    }

    /** Whether every argument is an object the iteration created, a lambda (analysed with the loop) or an immutable value. */
    private static boolean handedOnlyOwnOrImmutable(List<Expression> arguments, Freshness fresh) {
        for (Expression a : arguments) {
            Expression x = Ast.unwrap(a);
            if (!(fresh.isFresh(x) || x instanceof LambdaExpr || immutable(x))) {
                return false;
            }
        }
        return true;
    }

    /** A primitive value, null, or an object of a class whose objects cannot change ({@link JdkCalls#immutable}). */
    private static boolean immutable(Expression e) {
        if (e instanceof NullLiteralExpr) {
            return true;
        }
        try {
            ResolvedType t = e.calculateResolvedType();
            return t.isPrimitive() || (t.isReferenceType() && JdkCalls.immutable(t.asReferenceType().getQualifiedName()));
        } catch (RuntimeException | StackOverflowError x) {
            return false;
        }
    }

    /**
     * The JDK class a static call names, {@code java.util.Arrays.hashCode(a)} or {@code Arrays.hashCode(a)} with
     * {@code java.util.Arrays} imported (or a class of {@code java.lang}), when the scope is not a variable.
     */
    private static Optional<String> staticJdkType(MethodCallExpr m) {
        if (m.getScope().isEmpty()) {
            return Optional.empty();
        }
        String text = m.getScope().get().toString();
        if (!text.matches("[A-Za-z_$][A-Za-z0-9_$.]*") || Scopes.declaration(text.split("\\.")[0], m).isPresent()) {
            return Optional.empty();
        }
        if (text.startsWith("java.")) {
            return Optional.of(text);
        }
        if (text.contains(".")) {
            return Optional.empty();
        }
        Optional<CompilationUnit> unit = m.findCompilationUnit();
        if (unit.isPresent()) {
            for (var i : unit.get().getImports()) {
                String imported = i.getNameAsString();
                if (!i.isStatic() && !i.isAsterisk() && imported.endsWith("." + text) && jdk(imported)) {
                    return Optional.of(imported);
                }
            }
            boolean declaredHere = unit.get().findFirst(TypeDeclaration.class, t -> t.getNameAsString().equals(text)).isPresent();
            if (declaredHere) {
                return Optional.empty();
            }
        }
        try {
            Class.forName("java.lang." + text, false, CallAnalyzer.class.getClassLoader());
            return Optional.of("java.lang." + text);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static boolean jdk(String qualifiedType) {
        return qualifiedType.startsWith("java.") || qualifiedType.startsWith("javax.") || qualifiedType.startsWith("jdk.");
    }

    /** An expression as a message quotes it: on one line, without comments. */
    private static String quote(Node e) {
        return Quote.of(e);
    }

    private static String scopeText(Node call) {
        if (call instanceof MethodCallExpr m) {
            return m.getScope().map(Object::toString).orElse("");
        }
        return ((ObjectCreationExpr) call).getType().getNameAsString();
    }

    private static String methodName(Node call) {
        return call instanceof MethodCallExpr m ? m.getNameAsString() : "<init>";
    }

    /**
     * When the solver cannot resolve a call {@code m()}, {@code this.m()} or {@code Type.m()}, every method of
     * that name and arity in the enclosing classes (or in the user's classes named Type) is a candidate: the
     * call is safe only if all of them are.
     */
    private Verdict unresolvedInOwnClass(MethodCallExpr m, boolean receiverFresh) {
        List<TypeDeclaration<?>> owners = new ArrayList<>();
        if (m.getScope().isEmpty() || m.getScope().get() instanceof ThisExpr) {
            Node p = m.getParentNode().orElse(null);
            while (p != null) {
                if (p instanceof TypeDeclaration<?> t) {
                    owners.add(t);
                }
                p = p.getParentNode().orElse(null);
            }
        } else if (m.getScope().get() instanceof NameExpr type && Scopes.declaration(type.getNameAsString(), m).isEmpty()
                && Character.isUpperCase(type.getNameAsString().charAt(0))) {
            // Type.m(): a static method of a class of the user's sources, if one has that name
            owners.addAll(typesByName.getOrDefault(type.getNameAsString(), List.of()));
        } else {
            return null;
        }
        List<MethodDeclaration> candidates = new ArrayList<>();
        String owner = null;
        for (TypeDeclaration<?> t : owners) {
            for (MethodDeclaration d : t.getMethodsByName(m.getNameAsString())) {
                if (d.getParameters().size() == m.getArguments().size() || (d.getParameters().size() > 0
                        && d.getParameter(d.getParameters().size() - 1).isVarArgs())) {
                    candidates.add(d);
                }
            }
            if (!candidates.isEmpty()) {
                owner = t.getNameAsString();
                break;
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        String named = owner + "." + m.getNameAsString() + "()";
        List<Unseen> unknown = new ArrayList<>();
        Set<String> fieldsRead = new java.util.HashSet<>();
        for (MethodDeclaration d : candidates) {
            if (d.getBody().isEmpty()) {
                return null;
            }
            Outcome o = body(d, receiverFresh, Set.of());
            if (o.unsafe != null) {
                return new Verdict(CallFact.Verdict.UNSAFE, named, o.unsafe, List.of());
            }
            unknown.addAll(o.unknown);
            fieldsRead.addAll(o.fieldsRead);
        }
        return new Verdict(CallFact.Verdict.ANALYSED, named, null, unknown, fieldsRead, owner, m.getNameAsString());
    }

    /**
     * The methods of the user's sources that may run instead of {@code md} (it is dispatched on the receiver's
     * class): overrides in its subclasses, named or anonymous. None when it cannot be overridden.
     */
    private List<CallableDeclaration<?>> overrides(MethodDeclaration md, ResolvedMethodDeclaration r) {
        Node owner = md.getParentNode().orElse(null);
        if (md.isStatic() || md.isPrivate() || md.isFinal() || owner instanceof com.github.javaparser.ast.body.RecordDeclaration
                || (owner instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c && c.isFinal())) {
            return List.of();
        }
        String declaring = r.declaringType().getQualifiedName();
        String simple = r.declaringType().getName();
        int arity = md.getParameters().size();
        List<CallableDeclaration<?>> out = new ArrayList<>();
        for (List<TypeDeclaration<?>> types : typesByName.values()) {
            for (TypeDeclaration<?> t : types) {
                if (t == owner) {
                    continue;
                }
                List<MethodDeclaration> same = t.getMethodsByName(md.getNameAsString()).stream()
                        .filter(d -> !d.isStatic() && d.getParameters().size() == arity && d.getBody().isPresent()).toList();
                if (!same.isEmpty() && subtype(t, declaring)) {
                    out.addAll(same);
                }
            }
        }
        // new Shape() { double area() { ... } }: an anonymous subclass (a class of that simple name: perhaps)
        for (ObjectCreationExpr anonymous : anonymousClasses().getOrDefault(simple, List.of())) {
            for (var member : anonymous.getAnonymousClassBody().get()) {
                if (member instanceof MethodDeclaration d && d.getNameAsString().equals(md.getNameAsString())
                        && d.getParameters().size() == arity && d.getBody().isPresent()) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private Map<String, List<ObjectCreationExpr>> anonymousClasses;

    /** The anonymous classes of the user's sources by the simple name of what they extend, read once. */
    private Map<String, List<ObjectCreationExpr>> anonymousClasses() {
        if (anonymousClasses == null) {
            anonymousClasses = new HashMap<>();
            Set<CompilationUnit> units = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            typesByName.values().forEach(types -> types.forEach(t -> t.findCompilationUnit().ifPresent(units::add)));
            for (CompilationUnit u : units) {
                for (ObjectCreationExpr o : u.findAll(ObjectCreationExpr.class, o -> o.getAnonymousClassBody().isPresent())) {
                    anonymousClasses.computeIfAbsent(o.getType().getNameAsString(), k -> new ArrayList<>()).add(o);
                }
            }
        }
        return anonymousClasses;
    }

    /** Whether {@code t} extends or implements {@code declaring}; true when the solver cannot tell (the safe side). */
    private static boolean subtype(TypeDeclaration<?> t, String declaring) {
        try {
            return t.resolve().getAllAncestors().stream().anyMatch(a -> a.getQualifiedName().equals(declaring));
        } catch (RuntimeException | StackOverflowError e) {
            return true;
        }
    }

    /** What a call may do when either of two methods may run: the first unsafe write, all unknown calls. */
    private static Outcome merge(Outcome a, Outcome b, CallableDeclaration<?> other) {
        if (b.unsafe != null) {
            String in = other.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString())
                    .orElseGet(() -> other.findAncestor(ObjectCreationExpr.class).map(o -> "an anonymous " + o.getType()).orElse("?"));
            return new Outcome("may run the override " + in + "." + other.getNameAsString() + "() at " + where(other)
                    + ", which " + b.unsafe, List.of(), union(a.fieldsRead, b.fieldsRead));
        }
        return combine(a, b);
    }

    private static Verdict fromOutcome(Outcome o, String named) {
        if (o.unsafe != null) {
            return new Verdict(CallFact.Verdict.UNSAFE, named, o.unsafe, List.of(), o.fieldsRead, null, null);
        }
        return new Verdict(CallFact.Verdict.ANALYSED, named, null, o.unknown, o.fieldsRead, null, null);
    }

    private static boolean isLocal(Node use, String name) {
        return Scopes.declaration(name, use).isPresent();
    }

    /** What a method of the user's sources may write: memoised, and recursion assumes the best while in progress. */
    private Outcome body(CallableDeclaration<?> d, boolean thisFresh, Set<Node> freshParameters) {
        // the declaration by its place to the column: two on one line (Base() { ... } static int tick() { ... }) are two
        StringBuilder key = new StringBuilder(where(d)).append(':').append(d.getBegin().map(p -> p.column).orElse(0))
                .append(':').append(d.getNameAsString()).append('#').append(thisFresh);
        for (int k = 0; k < d.getParameters().size(); k++) {
            key.append(freshParameters.contains(d.getParameter(k)) ? 'F' : '-');
        }
        return body(d, thisFresh, freshParameters, key.toString());
    }

    /**
     * A call back into a method still being read (recursion) is assumed safe for now; the method's own reading
     * settles it. An outcome that relied on such an assumption about a method further up is not final: it is
     * memoised only once nothing it assumed is still open (else A calls B calls A, A writing a field, would leave
     * B memoised as safe).
     */
    private Outcome body(CallableDeclaration<?> d, boolean thisFresh, Set<Node> freshParameters, String key) {
        Outcome known = done.get(key);
        if (known != null) {
            return known;
        }
        Integer open = inProgress.get(key);
        if (open != null) {
            assumedDepth = Math.min(assumedDepth, open);
            return new Outcome(null, List.of(), Set.of());
        }
        int depth = inProgress.size();
        inProgress.put(key, depth);
        int outer = assumedDepth;
        assumedDepth = Integer.MAX_VALUE;
        try {
            Outcome o = scan(d, thisFresh, freshParameters);
            if (assumedDepth >= depth || o.unsafe != null) {
                done.put(key, o);
            }
            return o;
        } finally {
            inProgress.remove(key);
            assumedDepth = assumedDepth < depth ? Math.min(outer, assumedDepth) : outer;
        }
    }

    private Outcome scan(CallableDeclaration<?> d, boolean thisFresh, Set<Node> freshParameters) {
        return scan(d, thisFresh, freshParameters, Set.of(), new java.util.HashSet<>(), null);
    }

    /**
     * Reads a callee; element writes through a parameter of {@code rows} are allowed and added to
     * {@code writtenRows} instead of making the callee unsafe.
     */
    private Outcome scan(CallableDeclaration<?> d, boolean thisFresh, Set<Node> freshParameters, Set<Node> rows,
                         Set<Node> writtenRows, Owned owned) {
        Node body = d instanceof MethodDeclaration md ? md.getBody().orElse(null) : ((ConstructorDeclaration) d).getBody();
        if (body == null) {
            return new Outcome(null, List.of(), Set.of());
        }
        Freshness fresh = new Freshness(d, thisFresh, freshParameters, Set.of());
        List<Unseen> unknown = new ArrayList<>();
        Set<String> fieldsRead = new java.util.HashSet<>();
        String unsafe = scanNodes(body.findAll(Node.class), d, fresh, thisFresh, rows, writtenRows, unknown, fieldsRead, owned);
        if (d instanceof ConstructorDeclaration c) {
            // what else building the object runs: the constructor it chains to, or the superclass's and the
            // class's own field initializers and initializer blocks
            Outcome chained = chain(c, fresh);
            unsafe = unsafe == null ? chained.unsafe : chained.unsafe == null ? unsafe : joined(List.of(chained.unsafe, unsafe));
            unknown.addAll(chained.unknown);
            fieldsRead.addAll(chained.fieldsRead);
        }
        // the fields read stay known when the callee is unsafe too: a loop's reduction into one of them is then none
        return unsafe != null ? new Outcome(unsafe, List.of(), Set.copyOf(fieldsRead)) : new Outcome(null, List.copyOf(unknown), Set.copyOf(fieldsRead));
    }

    /**
     * Every shared write among {@code nodes} (code of callee {@code d}), in one message, or null; unknown calls and
     * fields read are added.
     */
    private String scanNodes(List<Node> nodes, CallableDeclaration<?> d, Freshness fresh, boolean thisFresh, Set<Node> rows,
                             Set<Node> writtenRows, List<Unseen> unknown, Set<String> fieldsRead, Owned owned) {
        // every shared write is reported, not only the first: each hidden one would cost the user a rebuild
        List<String> bad = new ArrayList<>();
        for (Node n : nodes) {
            Node element = owned == null ? null : n instanceof FieldAccessExpr f ? owned.owner(f)
                    : n instanceof NameExpr name ? owned.owner(name) : null;
            if (element != null) {
                // a field of an element the loop hands over: the loop's dependence test judges it, by the element
                String field = n instanceof FieldAccessExpr f ? f.getNameAsString() : ((NameExpr) n).getNameAsString();
                owned.read.computeIfAbsent(element, k -> new java.util.HashSet<>()).add(field);
            } else if (n instanceof NameExpr name && Scopes.declaration(name.getNameAsString(), name).isEmpty()) {
                // a field of an object the iteration made (the one a constructor builds) is no other iteration's
                if (!(thisFresh && isInstanceField(name, name.getNameAsString()))) {
                    fieldsRead.add(fieldRead(name, name.getNameAsString()));
                }
            } else if (n instanceof FieldAccessExpr f && !arrayLength(f)) {
                // this.f, and o.f of any other object: o may be this, or an element the loop writes (p[i].f)
                Expression object = Ast.unwrap(f.getScope());
                boolean own = fresh.isFresh(object) || object instanceof ThisExpr t && t.getTypeName().isEmpty() && thisFresh;
                if (!own || !isInstanceFieldAccess(f)) {
                    fieldsRead.add(fieldRead(f, f.getNameAsString()));
                }
            }
            Expression target = null;
            if (n instanceof AssignExpr a) {
                target = a.getTarget();
            } else if (n instanceof UnaryExpr u && LoopScope.isIncrement(u)) {
                target = u.getExpression();
            }
            if (target != null) {
                Expression t = Ast.unwrap(target);
                Node owner = owned == null ? null : t instanceof FieldAccessExpr f ? owned.owner(f)
                        : t instanceof NameExpr name ? owned.owner(name) : null;
                if (owner != null) {
                    String field = t instanceof FieldAccessExpr f ? f.getNameAsString() : ((NameExpr) t).getNameAsString();
                    owned.written.computeIfAbsent(owner, k -> new java.util.HashSet<>()).add(field);
                    continue;
                }
                Parameter row = rowParameter(Ast.unwrap(target), rows);
                if (row != null) {
                    writtenRows.add(row);
                    continue;
                }
                String write = badWrite(Ast.unwrap(target), d, fresh, thisFresh);
                if (write != null) {
                    bad.add(write + " at " + where(n));
                    continue;
                }
            }
            if (n instanceof MethodCallExpr || n instanceof ObjectCreationExpr) {
                Verdict v = classifyOrUnknown(n, fresh);
                if (v == null) {
                    continue;
                }
                if (v.verdict == CallFact.Verdict.UNSAFE) {
                    bad.add("calls " + v.callee + " at " + where(n) + ", which " + v.detail);
                    continue;
                }
                if (v.verdict == CallFact.Verdict.UNKNOWN) {
                    unknown.add(new Unseen(v.callee + " (at " + where(n) + ")", v.type, v.method));
                }
                unknown.addAll(v.unknown);
                fieldsRead.addAll(v.fieldsRead);
            }
        }
        return bad.isEmpty() ? null : joined(bad);
    }

    /** {@code a, b and c}: every shared write of a callee, in one message. */
    private static String joined(List<String> writes) {
        List<String> distinct = writes.stream().distinct().toList();
        return distinct.size() == 1 ? distinct.get(0)
                : String.join(", ", distinct.subList(0, distinct.size() - 1)) + " and " + distinct.get(distinct.size() - 1);
    }

    /**
     * What constructor {@code c} runs besides its body: {@code this(...)}, which runs the rest; or {@code super(...)}
     * (explicit or implied) and then the class's field initializers and initializer blocks.
     */
    private Outcome chain(ConstructorDeclaration c, Freshness fresh) {
        TypeDeclaration<?> own = c.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t).orElse(null);
        Optional<com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt> explicit = c.getBody().getStatements().stream()
                .findFirst().filter(com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt.class::isInstance)
                .map(com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt.class::cast);
        Outcome before;
        if (explicit.isPresent()) {
            ResolvedConstructorDeclaration target;
            try {
                target = explicit.get().resolve();
            } catch (RuntimeException | StackOverflowError e) {
                return new Outcome(null, List.of(new Unseen((explicit.get().isThis() ? "this" : "super") + "(...) (at "
                        + where(explicit.get()) + ")", own == null ? "?" : own.getNameAsString(), "<init>")), Set.of());
            }
            Optional<Node> ast = target.toAst();
            if (ast.isPresent() && ast.get() instanceof ConstructorDeclaration cd) {
                before = body(cd, true, fresh.freshArguments(explicit.get(), cd));
            } else {
                before = target.declaringType().toAst().filter(TypeDeclaration.class::isInstance)
                        .map(t -> initialization((TypeDeclaration<?>) t)).orElse(SAFE); // a default constructor, or the JDK's
            }
            if (explicit.get().isThis()) {
                return before;
            }
        } else {
            before = own == null ? SAFE : superInitialization(own);
        }
        return own == null ? before : combine(before, initializers(own, c));
    }

    private static final Outcome SAFE = new Outcome(null, List.of(), Set.of());

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Both parts run: every unsafe write of either, else every unknown call; the fields either reads. */
    private static Outcome combine(Outcome a, Outcome b) {
        if (a.unsafe != null && b.unsafe != null) {
            return new Outcome(joined(List.of(a.unsafe, b.unsafe)), List.of(), union(a.fieldsRead, b.fieldsRead));
        }
        if (a.unsafe != null || b.unsafe != null) {
            return new Outcome(a.unsafe != null ? a.unsafe : b.unsafe, List.of(), union(a.fieldsRead, b.fieldsRead));
        }
        List<Unseen> unknown = new ArrayList<>(a.unknown);
        unknown.addAll(b.unknown);
        Set<String> read = new java.util.HashSet<>(a.fieldsRead);
        read.addAll(b.fieldsRead);
        return new Outcome(null, List.copyOf(unknown), Set.copyOf(read));
    }

    /** Building an object of {@code t} with its default constructor: the superclass's part, then its initializers. */
    private Outcome initialization(TypeDeclaration<?> t) {
        return combine(superInitialization(t), initializers(t, null));
    }

    /** The implied {@code super()} of a constructor of {@code t}: the superclass's no-argument constructor. */
    private Outcome superInitialization(TypeDeclaration<?> t) {
        if (!(t instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c) || c.getExtendedTypes().isEmpty()) {
            return SAFE;
        }
        Optional<Node> superclass;
        try {
            superclass = c.getExtendedTypes(0).resolve().asReferenceType().getTypeDeclaration().flatMap(d -> d.toAst());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, List.of(new Unseen("new " + c.getExtendedTypes(0) + "() (the superclass of " + c.getNameAsString()
                    + ")", c.getExtendedTypes(0).getNameAsString(), "<init>")), Set.of());
        }
        if (superclass.isEmpty() || !(superclass.get() instanceof TypeDeclaration<?> s)) {
            return SAFE; // a JDK superclass builds its own part from nothing the loop shares
        }
        Optional<ConstructorDeclaration> noArguments = s.getConstructors().stream().filter(k -> k.getParameters().isEmpty()).findFirst();
        return noArguments.map(k -> body(k, true, Set.of())).orElseGet(() -> initialization(s));
    }

    /** The instance field initializers and initializer blocks of {@code t}, run on the object being built. */
    private Outcome initializers(TypeDeclaration<?> t, CallableDeclaration<?> context) {
        List<Node> nodes = new ArrayList<>();
        for (var member : t.getMembers()) {
            if (member instanceof FieldDeclaration f && !f.isStatic()) {
                f.getVariables().forEach(v -> v.getInitializer().ifPresent(i -> nodes.addAll(i.findAll(Node.class))));
            } else if (member instanceof com.github.javaparser.ast.body.InitializerDeclaration block && !block.isStatic()) {
                nodes.addAll(block.getBody().findAll(Node.class));
            }
        }
        if (nodes.isEmpty()) {
            return SAFE;
        }
        CallableDeclaration<?> where = context != null ? context
                : t.getConstructors().isEmpty() ? null : t.getConstructors().get(0);
        Freshness fresh = new Freshness(where != null ? where : t, true, Set.of(), Set.of());
        List<Unseen> unknown = new ArrayList<>();
        Set<String> fieldsRead = new java.util.HashSet<>();
        String unsafe = scanNodes(nodes, where, fresh, true, Set.of(), new java.util.HashSet<>(), unknown, fieldsRead, null);
        return unsafe != null ? new Outcome("(in the initializers of " + t.getNameAsString() + ") " + unsafe, List.of(), Set.of())
                : new Outcome(null, List.copyOf(unknown), Set.copyOf(fieldsRead));
    }

    /**
     * A field a callee reads, told apart by its class: {@code demo.Grid.d}; {@code ?.d} where the solver cannot say
     * which field it is (matched by name, the safe side). See {@link CallFact#readsField}.
     */
    private static String fieldRead(Expression use, String name) {
        try {
            var resolved = use instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) use).resolve();
            if (resolved.isField()) {
                return resolved.asField().declaringType().getQualifiedName() + "." + name;
            }
            return "local." + name; // not a field after all (a name the syntax search did not place)
        } catch (RuntimeException | StackOverflowError e) {
            return "?." + name;
        }
    }

    /** {@code a.length} of an array: no field. */
    private static boolean arrayLength(FieldAccessExpr f) {
        if (!f.getNameAsString().equals("length")) {
            return false;
        }
        try {
            return f.getScope().calculateResolvedType().isArray();
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** The parameter of {@code rows} whose elements {@code target} is ({@code y[c]}); null otherwise. */
    private static Parameter rowParameter(Expression target, Set<Node> rows) {
        if (rows.isEmpty() || !(target instanceof ArrayAccessExpr a)) {
            return null;
        }
        Expression base = Ast.unwrap(a.getName());
        if (base instanceof NameExpr n) {
            Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
            if (decl.isPresent() && rows.contains(decl.get())) {
                return (Parameter) decl.get();
            }
        }
        return null;
    }

    /** Why writing {@code target} inside callee {@code d} touches shared state; null when it does not. */
    private static String badWrite(Expression target, CallableDeclaration<?> d, Freshness fresh, boolean thisFresh) {
        if (target instanceof NameExpr n) {
            Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
            // in an initializer block the search for a local ends at the class, which declares the field
            if (decl.isPresent() && !(decl.get() instanceof TypeDeclaration<?>)) {
                return null;
            }
            boolean instanceField = isInstanceField(n, n.getNameAsString());
            return instanceField && thisFresh ? null : "writes field " + n;
        }
        if (target instanceof FieldAccessExpr f) {
            Expression scope = Ast.unwrap(f.getScope());
            if (fresh.isFresh(scope) || (scope instanceof ThisExpr t && t.getTypeName().isEmpty() && thisFresh)) {
                return null;
            }
            return "writes field " + f;
        }
        if (target instanceof ArrayAccessExpr a) {
            if (fresh.isFresh(a.getName())) {
                return null; // the array written (the row, for g[0][1]) was created by the callee or handed fresh
            }
            Expression base = a.getName();
            while (Ast.unwrap(base) instanceof ArrayAccessExpr inner) {
                base = inner.getName();
            }
            base = Ast.unwrap(base);
            if (base instanceof NameExpr n) {
                Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
                if (decl.isPresent() && decl.get() instanceof Parameter) {
                    return "writes elements of its parameter " + n;
                }
                if (decl.isPresent()) {
                    return "writes elements of the array " + n + ", which it did not create";
                }
                return "writes elements of field " + n;
            }
            return "writes elements of " + base;
        }
        return null;
    }

    /** Whether {@code f} names an instance field (a static one reached through an object is shared). */
    private static boolean isInstanceFieldAccess(FieldAccessExpr f) {
        return Ast.field(f).filter(r -> !r.isStatic()).isPresent();
    }

    /** Whether {@code name} is an instance field of the innermost class around {@code at}. */
    private static boolean isInstanceField(Node at, String name) {
        Optional<TypeDeclaration> type = at.findAncestor(TypeDeclaration.class);
        if (type.isPresent()) {
            for (FieldDeclaration f : ((TypeDeclaration<?>) type.get()).getFields()) {
                if (!f.isStatic() && f.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(Node call) {
        if (call instanceof MethodCallExpr m) {
            return m.getScope().map(s -> s + ".").orElse("") + m.getNameAsString() + "()";
        }
        return "new " + ((ObjectCreationExpr) call).getType() + "()";
    }

    /** {@code File.java:LINE} of a node, for messages about code in another method or file. */
    static String where(Node n) {
        String file = n.findCompilationUnit().flatMap(CompilationUnit::getStorage)
                .map(s -> s.getPath().getFileName()).map(Path::toString).orElse("?");
        return file + ":" + Lines.line(n);
    }

}
