package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Field reductions updated from inside a method the loop calls ({@code record(v)} with
 * {@code void record(double v) { total += v; }}). Such a call is a candidate when its method is of the loop's own
 * class (so its code can be copied into the generated chunk), no subclass can override it, it does not call itself,
 * its nested calls touch nothing shared, and the only variables it writes besides its locals are fields of
 * {@code this} or static fields. Whether those writes are reductions is decided with the loop's own updates
 * ({@link FieldReductions}): every use of the field, in the body and in such methods, must be one update with one
 * operator.
 */
final class CalleeReductions {

    private CalleeReductions() {
    }

    /** A candidate call and the field writes of its method. */
    record Candidate(MethodCallExpr call, MethodDeclaration callee, List<ScalarWrite> writes) {
    }

    static List<Candidate> candidates(Node body, com.github.javaparser.ast.body.CallableDeclaration<?> method, CallAnalyzer calls) {
        List<Candidate> out = new ArrayList<>();
        Map<MethodDeclaration, Optional<List<ScalarWrite>>> judged = new java.util.IdentityHashMap<>();
        TypeDeclaration<?> own = method.findAncestor(TypeDeclaration.class).orElse(null);
        for (MethodCallExpr m : body.findAll(MethodCallExpr.class)) {
            boolean thisScope = m.getScope().map(s -> s instanceof ThisExpr t && t.getTypeName().isEmpty()
                    || s instanceof NameExpr n && own != null && n.getNameAsString().equals(own.getNameAsString())).orElse(true);
            if (!thisScope || Scopes.inLambdaOrClass(m, body)) {
                continue;
            }
            MethodDeclaration md = Ast.sourceMethod(m).orElse(null);
            if (md == null || md.findAncestor(TypeDeclaration.class).orElse(null) != own || md == method) {
                continue;
            }
            Optional<List<ScalarWrite>> writes = judged.computeIfAbsent(md, d -> fieldWrites(d, calls));
            writes.ifPresent(w -> out.add(new Candidate(m, md, w)));
        }
        return out;
    }

    /**
     * The field updates of {@code md}, or empty when it is no candidate: overridable, recursive, writing anything
     * else shared (an element, a field of another object), or calling what may.
     */
    private static Optional<List<ScalarWrite>> fieldWrites(MethodDeclaration md, CallAnalyzer calls) {
        boolean finalClass = md.findAncestor(ClassOrInterfaceDeclaration.class).map(c -> c.isFinal()).orElse(true);
        if (!(md.isStatic() || md.isPrivate() || md.isFinal() || finalClass) || md.isSynchronized()) {
            return Optional.empty();
        }
        Node body = md.getBody().get();
        if (!body.findAll(LambdaExpr.class).isEmpty() || body.findAll(MethodCallExpr.class).stream()
                .anyMatch(c -> c.getNameAsString().equals(md.getNameAsString()))) {
            return Optional.empty();
        }
        List<ScalarWrite> out = new ArrayList<>();
        for (Node n : body.findAll(Node.class)) {
            Expression target = n instanceof AssignExpr a ? Ast.unwrap(a.getTarget())
                    : n instanceof UnaryExpr u && LoopScope.isIncrement(u) ? Ast.unwrap(u.getExpression()) : null;
            if (target == null || target instanceof NameExpr x && Scopes.declaration(x.getNameAsString(), x).isPresent()) {
                continue;                                          // a local or parameter of the method
            }
            if (target instanceof ArrayAccessExpr || !ownField(target)) {
                return Optional.empty();
            }
            String name = target instanceof NameExpr x ? x.getNameAsString() : ((FieldAccessExpr) target).getNameAsString();
            out.add(new ScalarWrite(n, name, NameKind.FIELD, null));
        }
        if (out.isEmpty()) {
            return Optional.empty();
        }
        for (CallFact f : calls.analyse(body, Set.of())) {
            if (f.verdict() != CallFact.Verdict.KNOWN_SAFE && f.verdict() != CallFact.Verdict.ANALYSED) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(out));
    }

    /** A field of {@code this} named bare or as {@code this.f}, or a static field: what FieldReductions reduces. */
    private static boolean ownField(Expression target) {
        if (!(target instanceof NameExpr || target instanceof FieldAccessExpr f
                && (f.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty() || f.getScope() instanceof NameExpr))) {
            return false;
        }
        // an instance field through a type name does not compile: Type.f is a static field
        return Ast.field(target).filter(r -> r.isStatic() || !(target instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr))
                .isPresent();
    }
}
