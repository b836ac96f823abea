package io.jpar.processor.analysis;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attributes of one {@code @io.jpar.Parallel}, as written. Values that are absent are null, so that an
 * index's annotation can override only what it names ({@link #over}).
 *
 * @param node     the annotation
 * @param target   {@code CPU}, {@code CLUSTER} or {@code GPU} (last name of the enum constant)
 * @param schedule {@code AUTO}, {@code STATIC}, {@code DYNAMIC} or {@code GUIDED}
 * @param chunk    the expression's text (a constant expression; copied into the generated code)
 * @param threads  the expression's text
 * @param collapse the value, or null when it is not an int literal
 * @param trust    the calls the user vouches for ({@code "Type.method"}), as written; empty when none
 * @param problems what is wrong with the annotation itself
 */
public record ParallelAnnotation(AnnotationExpr node, String target, String schedule, String chunk, String threads,
                                 Integer collapse, boolean collapseGiven, List<String> trust, List<String> problems) {

    private static final String NAME = "Parallel";
    private static final String QUALIFIED = "io.jpar.Parallel";

    /** Whether {@code a} names jpar's annotation, given the imports of its file. */
    public static boolean isParallel(AnnotationExpr a) {
        String name = a.getNameAsString();
        if (name.equals(QUALIFIED)) {
            return true;
        }
        if (!name.equals(NAME)) {
            return false;
        }
        Optional<CompilationUnit> cu = a.findCompilationUnit();
        if (cu.isEmpty()) {
            return false;
        }
        if (cu.get().getPackageDeclaration().map(p -> p.getNameAsString().equals("io.jpar")).orElse(false)) {
            return true;
        }
        for (ImportDeclaration i : cu.get().getImports()) {
            String imported = i.getNameAsString();
            if (!i.isStatic() && ((!i.isAsterisk() && imported.equals(QUALIFIED)) || (i.isAsterisk() && imported.equals("io.jpar")))) {
                return true;
            }
        }
        return false;
    }

    public static Optional<AnnotationExpr> find(NodeWithAnnotations<?> owner) {
        return owner.getAnnotations().stream().filter(ParallelAnnotation::isParallel).findFirst();
    }

    public static ParallelAnnotation read(AnnotationExpr a) {
        String target = null;
        String schedule = null;
        String chunk = null;
        String threads = null;
        Integer collapse = null;
        boolean collapseGiven = false;
        List<String> trust = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<MemberValuePair> pairs = new ArrayList<>();
        if (a instanceof NormalAnnotationExpr n) {
            pairs.addAll(n.getPairs());
        } else if (a instanceof SingleMemberAnnotationExpr) {
            problems.add("@Parallel has no value() attribute; name the attribute, e.g. @Parallel(schedule = Schedule.DYNAMIC)");
        }
        for (MemberValuePair p : pairs) {
            Expression v = p.getValue();
            switch (p.getNameAsString()) {
                case "target" -> target = lastName(v);
                case "schedule" -> {
                    schedule = lastName(v);
                    if (java.util.Arrays.stream(io.jpar.Schedule.values()).noneMatch(s -> s.name().equals(lastName(v)))) {
                        problems.add("schedule = " + v + " is not a jpar schedule; use Schedule.AUTO, STATIC, DYNAMIC or GUIDED");
                    }
                }
                case "chunk" -> {
                    chunk = v.toString();
                    literal(v).filter(x -> x < 0).ifPresent(x ->
                            problems.add("chunk = " + x + " is negative; use 0 to let jpar choose, or a positive block size"));
                }
                case "threads" -> {
                    threads = v.toString();
                    literal(v).filter(x -> x < 0).ifPresent(x ->
                            problems.add("threads = " + x + " is negative; use 0 for the default, or a positive count"));
                }
                case "collapse" -> {
                    collapseGiven = true;
                    collapse = literal(v).orElse(null);
                    if (collapse == null) {
                        problems.add("collapse = " + v + " must be the literal 1 or 2");
                    } else if (collapse != 1 && collapse != 2) {
                        problems.add("collapse = " + collapse + " is not supported; jpar collapses 1 or 2 nested loops");
                        collapse = null;
                    }
                }
                case "trust" -> trust(v, trust, problems);
                default -> problems.add("@Parallel has no attribute " + p.getNameAsString()
                        + "; its attributes are target, schedule, chunk, threads, collapse and trust");
            }
        }
        return new ParallelAnnotation(a, target, schedule, chunk, threads, collapse, collapseGiven, List.copyOf(trust),
                List.copyOf(problems));
    }

    /** {@code trust = "Type.method"} or {@code trust = {"A.m", "B.n"}}: string literals naming a method of a class. */
    private static void trust(Expression v, List<String> out, List<String> problems) {
        List<Expression> items = v instanceof ArrayInitializerExpr array ? array.getValues() : List.of(v);
        for (Expression item : items) {
            if (!(item instanceof StringLiteralExpr s)) {
                problems.add("trust = " + item + " must be a string literal naming a method, e.g. trust = \"Cache.lookup\"");
            } else if (!s.getValue().matches("([A-Za-z_$][A-Za-z0-9_$]*\\.)+[A-Za-z_$][A-Za-z0-9_$]*")) {
                problems.add("trust = \"" + s.getValue() + "\" must name a method with its class, as Type.method"
                        + " (or package.Type.method)");
            } else if (!out.contains(s.getValue())) {
                out.add(s.getValue());
            }
        }
    }

    /** This annotation's values where given, {@code outer}'s otherwise. */
    public ParallelAnnotation over(ParallelAnnotation outer) {
        return new ParallelAnnotation(node,
                target != null ? target : outer.target,
                schedule != null ? schedule : outer.schedule,
                chunk != null ? chunk : outer.chunk,
                threads != null ? threads : outer.threads,
                collapseGiven ? collapse : outer.collapse,
                collapseGiven || outer.collapseGiven,
                java.util.stream.Stream.concat(outer.trust.stream(), trust.stream()).distinct().toList(),
                List.copyOf(problems));
    }

    public String targetOrDefault() {
        return target == null ? "CPU" : target;
    }

    /** The target as jpar's enum; only for an annotation whose target {@code UnsupportedTarget} accepted. */
    public io.jpar.Target targetEnum() {
        return io.jpar.Target.valueOf(targetOrDefault());
    }

    /** The schedule as jpar's enum; only for an annotation without problems (a schedule that is none is one). */
    public io.jpar.Schedule scheduleEnum() {
        return io.jpar.Schedule.valueOf(scheduleOrDefault());
    }

    public String scheduleOrDefault() {
        return schedule == null ? "AUTO" : schedule;
    }

    public String chunkOrDefault() {
        return chunk == null ? "0" : chunk;
    }

    public String threadsOrDefault() {
        return threads == null ? "0" : threads;
    }

    public int collapseOrDefault() {
        return collapse == null ? 1 : collapse;
    }

    /** Whether the user vouches for {@code qualifiedType.method} (the entry names it with its simple or qualified class). */
    public boolean trusts(String qualifiedType, String method) {
        String simple = qualifiedType.substring(qualifiedType.lastIndexOf('.') + 1);
        return trust.contains(simple + "." + method) || trust.contains(qualifiedType + "." + method);
    }

    public int line() {
        return Lines.line(node);
    }

    private static String lastName(Expression v) {
        String s = v.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? s : s.substring(dot + 1);
    }

    private static Optional<Integer> literal(Expression v) {
        try {
            if (v instanceof IntegerLiteralExpr i) {
                return Optional.of(i.asNumber().intValue());
            }
            if (v instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS
                    && u.getExpression() instanceof IntegerLiteralExpr i) {
                return Optional.of(-i.asNumber().intValue());
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
