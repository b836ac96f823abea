package io.jpar.processor.plan;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopAnalyzer;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ParallelAnnotation;
import io.jpar.processor.analysis.Scopes;
import io.jpar.processor.check.ConstructorOrLambda;
import io.jpar.processor.check.InvalidAttribute;
import io.jpar.processor.check.LoopCheck;
import io.jpar.processor.check.MisplacedAnnotation;
import io.jpar.processor.check.NestedMarkedLoop;
import io.jpar.processor.check.NoLoop;
import io.jpar.processor.check.NotAMethodBody;
import io.jpar.processor.check.NotCanonicalLoop;
import io.jpar.processor.check.Refusal;
import io.jpar.processor.check.TargetChecks;
import io.jpar.processor.check.UnsupportedTarget;
import io.jpar.processor.check.UnusedTrust;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which loops of an annotated method run in parallel. If any loop index carries {@code @Parallel},
 * exactly those loops (each must be legal); otherwise every outermost loop that is legal, the others staying
 * sequential with a warning, and an error when none is legal.
 */
public final class MethodPlanner {

    private final LoopAnalyzer analyzer;

    public MethodPlanner(LoopAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public MethodPlan plan(CallableDeclaration<?> method, AnnotationExpr annotationNode) {
        ParallelAnnotation annotation = ParallelAnnotation.read(annotationNode);
        List<Refusal> errors = new ArrayList<>();
        if (method instanceof ConstructorDeclaration c) {
            errors.add(ConstructorOrLambda.constructor(annotationNode, c.getNameAsString()));
            return new MethodPlan(method, annotation, List.of(), errors);
        }
        MethodDeclaration m = (MethodDeclaration) method;
        if (m.getParentNode().map(p -> p instanceof com.github.javaparser.ast.expr.ObjectCreationExpr).orElse(false)) {
            errors.add(ConstructorOrLambda.anonymous(annotationNode, m.getNameAsString()));
            return new MethodPlan(method, annotation, List.of(), errors);
        }
        NotAMethodBody.check(m).ifPresent(errors::add);
        UnsupportedTarget.check(annotation).ifPresent(errors::add);
        errors.addAll(InvalidAttribute.check(annotation));
        if (!errors.isEmpty()) {
            return new MethodPlan(method, annotation, List.of(), errors);
        }
        Node body = m.getBody().orElseThrow();

        List<Statement> loops = new ArrayList<>();
        int loopsInLambdas = 0;
        for (Statement s : body.findAll(Statement.class)) {
            if (isLoop(s)) {
                if (Scopes.inLambdaOrClass(s, body)) {
                    loopsInLambdas++;
                } else {
                    loops.add(s);
                }
            }
        }
        List<ForStmt> marked = new ArrayList<>();
        for (VariableDeclarationExpr v : body.findAll(VariableDeclarationExpr.class)) {
            Optional<AnnotationExpr> a = ParallelAnnotation.find(v);
            if (a.isEmpty()) {
                continue;
            }
            Node parent = v.getParentNode().orElse(null);
            if (parent instanceof ForStmt f && f.getInitialization().contains(v)) {
                if (Scopes.inLambdaOrClass(f, body)) {
                    errors.add(ConstructorOrLambda.lambda(a.get()));
                } else {
                    marked.add(f);
                }
            } else {
                errors.add(MisplacedAnnotation.notAnIndex(a.get()));
            }
        }
        if (loops.isEmpty()) {
            errors.add(NoLoop.check(m, loopsInLambdas));
            return new MethodPlan(method, annotation, List.of(), errors);
        }
        List<LoopDecision> decisions = new ArrayList<>();
        if (!marked.isEmpty()) {
            for (ForStmt f : marked) {
                for (ForStmt g : marked) {
                    if (f != g && Scopes.within(f, g)) {
                        errors.add(NestedMarkedLoop.check(f, g));
                    }
                }
            }
            for (Statement s : loops) {
                if (s instanceof ForStmt f && marked.contains(f)) {
                    ParallelAnnotation own = ParallelAnnotation.read(ParallelAnnotation.find(
                            (VariableDeclarationExpr) f.getInitialization().get(0)).orElseThrow());
                    ParallelAnnotation effective = own.over(annotation);
                    List<Refusal> refusals = new ArrayList<>();
                    UnsupportedTarget.check(effective).ifPresent(refusals::add);
                    refusals.addAll(InvalidAttribute.check(own));
                    LoopModel model = null;
                    Prepared prepared = null;
                    if (refusals.isEmpty()) {
                        model = analyzer.analyse(f, m, effective.collapseOrDefault());
                        refusals.addAll(check(model, effective));
                        if (refusals.isEmpty()) {
                            TargetChecks.Outcome forTarget = TargetChecks.check(model, effective.targetEnum());
                            refusals.addAll(forTarget.refusals());
                            prepared = forTarget.prepared();
                        }
                    }
                    decisions.add(new LoopDecision(s, model, effective, true,
                            refusals.isEmpty() ? LoopDecision.Outcome.PARALLEL : LoopDecision.Outcome.ERROR, refusals, null,
                            refusals.isEmpty() ? prepared : null));
                } else {
                    decisions.add(new LoopDecision(s, null, annotation, false, LoopDecision.Outcome.SEQUENTIAL, List.of(),
                            enclosingParallel(s, marked).map(o -> "inside the parallel loop at line " + Lines.line(o)
                                    + ": it runs sequentially within each iteration").orElse("not marked @Parallel")));
                }
            }
            // the inner loop of a collapsed pair is part of the parallel iteration space
            List<LoopDecision> marks = new ArrayList<>();
            for (LoopDecision d : decisions) {
                LoopDecision around = decisions.stream().filter(o -> o.model() != null && o.model().inner() != null
                        && o.model().inner().loop() == d.loop() && o.outcome() == LoopDecision.Outcome.PARALLEL).findFirst().orElse(null);
                marks.add(around == null ? d : new LoopDecision(d.loop(), null, d.attributes(), false, LoopDecision.Outcome.PARALLEL,
                        List.of(), "collapsed with the loop at line " + Lines.line(around.loop()) + " into one parallel iteration space"));
            }
            errors.addAll(unusedTrust(annotation, decisions));
            return new MethodPlan(method, annotation, marks, errors);
        }
        List<Statement> outermost = loops.stream().filter(s -> loops.stream().noneMatch(o -> o != s && Scopes.within(s, o))).toList();
        for (Statement s : loops) {
            if (!outermost.contains(s)) {
                continue;
            }
            if (!(s instanceof ForStmt f)) {
                decisions.add(new LoopDecision(s, null, annotation, false, LoopDecision.Outcome.SEQUENTIAL,
                        List.of(notAForLoop(s)), null));
                continue;
            }
            LoopModel model = analyzer.analyse(f, m, annotation.collapseOrDefault());
            List<Refusal> refusals = check(model, annotation);
            TargetChecks.Outcome forTarget = refusals.isEmpty() ? TargetChecks.check(model, annotation.targetEnum()) : null;
            if (forTarget != null && !forTarget.refusals().isEmpty()) {
                // legal in parallel, but not on the target the user asked for: an error, never quietly sequential
                decisions.add(new LoopDecision(s, model, annotation, false, LoopDecision.Outcome.ERROR, forTarget.refusals(), null));
                continue;
            }
            decisions.add(new LoopDecision(s, model, annotation, false,
                    refusals.isEmpty() ? LoopDecision.Outcome.PARALLEL : LoopDecision.Outcome.SEQUENTIAL, refusals, null,
                    forTarget == null ? null : forTarget.prepared()));
        }
        boolean anyParallel = decisions.stream().anyMatch(d -> d.outcome() == LoopDecision.Outcome.PARALLEL);
        List<LoopDecision> all = new ArrayList<>();
        for (LoopDecision d : decisions) {
            all.add(anyParallel ? d : new LoopDecision(d.loop(), d.model(), d.attributes(), false, LoopDecision.Outcome.ERROR,
                    d.refusals(), d.note()));
        }
        for (Statement s : loops) {
            if (!outermost.contains(s)) {
                Optional<Statement> around = outermost.stream().filter(o -> Scopes.within(s, o)).findFirst();
                Optional<LoopDecision> aroundDecision = around.flatMap(o -> all.stream().filter(d -> d.loop() == o).findFirst());
                boolean inParallel = aroundDecision.map(d -> d.outcome() == LoopDecision.Outcome.PARALLEL).orElse(false);
                boolean collapsed = inParallel && aroundDecision.get().model() != null && aroundDecision.get().model().inner() != null
                        && aroundDecision.get().model().inner().loop() == s;
                if (collapsed) {
                    all.add(new LoopDecision(s, null, annotation, false, LoopDecision.Outcome.PARALLEL, List.of(),
                            "collapsed with the loop at line " + Lines.line(around.get()) + " into one parallel iteration space"));
                    continue;
                }
                all.add(new LoopDecision(s, null, annotation, false, LoopDecision.Outcome.SEQUENTIAL, List.of(),
                        (inParallel ? "inside the parallel loop at line " : "inside the loop at line ")
                                + around.map(Lines::line).orElse(0) + ": it runs sequentially within each iteration"));
            }
        }
        all.sort((a, b) -> Integer.compare(Lines.line(a.loop()), Lines.line(b.loop())));
        errors.addAll(unusedTrust(annotation, decisions));
        return new MethodPlan(method, annotation, all, errors);
    }

    private static List<Refusal> check(LoopModel model, ParallelAnnotation attributes) {
        List<Refusal> out = new ArrayList<>();
        for (LoopCheck c : LoopCheck.all(attributes)) {
            out.addAll(c.check(model));
        }
        return out;
    }

    /** Trust entries of the method's or an index's annotation that vouch for no call of the loops they cover. */
    private static List<Refusal> unusedTrust(ParallelAnnotation method, List<LoopDecision> decisions) {
        List<LoopDecision> candidates = decisions.stream().filter(d -> d.loop() instanceof ForStmt
                && (d.model() != null || d.marked())).toList();
        boolean allAnalysed = candidates.stream().allMatch(d -> d.model() != null && d.model().analysed());
        List<Refusal> out = new ArrayList<>(UnusedTrust.check(method,
                candidates.stream().map(LoopDecision::model).filter(java.util.Objects::nonNull).toList(), allAnalysed));
        for (LoopDecision d : candidates) {
            if (d.marked() && d.attributes().node() != method.node() && d.model() != null) {
                ParallelAnnotation own = ParallelAnnotation.read(d.attributes().node());
                out.addAll(UnusedTrust.check(own, List.of(d.model()), d.model().analysed()));
            }
        }
        return out;
    }

    private static Refusal notAForLoop(Statement s) {
        String kind = s instanceof ForEachStmt ? "for-each loop" : s instanceof WhileStmt ? "while loop" : "do-while loop";
        String fix = s instanceof ForEachStmt ? "iterate by index (for (int i = 0; i < a.length; i++)) to run it in parallel"
                : "write it as for (int i = first; i < limit; i++) to run it in parallel";
        return new Refusal(NotCanonicalLoop.class.getSimpleName(), Lines.line(s), Lines.column(s),
                "the " + kind + " at line " + Lines.line(s) + " has no index jpar can split between threads", fix);
    }

    private static Optional<ForStmt> enclosingParallel(Statement s, List<ForStmt> marked) {
        return marked.stream().filter(f -> f != s && Scopes.within(s, f)).findFirst();
    }

    static boolean isLoop(Statement s) {
        return s instanceof ForStmt || s instanceof ForEachStmt || s instanceof WhileStmt || s instanceof DoStmt;
    }
}
