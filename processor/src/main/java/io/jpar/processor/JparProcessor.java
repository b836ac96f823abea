package io.jpar.processor;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import io.jpar.processor.analysis.CallAnalyzer;
import io.jpar.processor.analysis.CallFact;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopAnalyzer;
import io.jpar.processor.analysis.ParallelAnnotation;
import io.jpar.processor.check.MisplacedAnnotation;
import io.jpar.processor.check.Refusal;
import io.jpar.processor.diag.Diagnostics;
import io.jpar.processor.emit.cluster.ClusterEmitter;
import io.jpar.processor.emit.cpu.CpuEmitter;
import io.jpar.processor.emit.gpu.GpuEmitter;
import io.jpar.processor.emit.gpu.GpuKernel;
import io.jpar.processor.explain.ExplainReport;
import io.jpar.processor.parse.DisplayPaths;
import io.jpar.processor.parse.SourceFile;
import io.jpar.processor.parse.SourceSet;
import io.jpar.processor.plan.LoopDecision;
import io.jpar.processor.plan.LoopPlan;
import io.jpar.processor.plan.LoopPlanner;
import io.jpar.processor.plan.MethodPlan;
import io.jpar.processor.plan.MethodPlanner;
import io.jpar.processor.print.LineIndex;
import io.jpar.processor.print.SourceRewriter;
import io.jpar.processor.print.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processor's one entry point: parse every source under the roots, analyse the {@code @Parallel}
 * methods, and write every source to the output folder, rewritten where annotated and copied otherwise.
 * Front ends (the Maven plugin, the command line) call this and nothing else.
 *
 * <p>When any error is found, nothing is written: the build fails anyway, and a half-written output folder
 * would only mislead.
 */
public final class JparProcessor {

    private final ProcessorOptions options;

    public JparProcessor(ProcessorOptions options) {
        this.options = options;
    }

    /**
     * Processes every {@code .java} file under {@code sourceRoots} into {@code outputDir}, keeping each file's
     * path relative to its root. Never throws for bad input: problems are diagnostics in the result.
     */
    public ProcessorResult process(List<Path> sourceRoots, Path outputDir) {
        try {
            return processAll(sourceRoots, outputDir);
        } finally {
            // The symbol solver keeps every facade in a static map whose values pin their own keys, so this
            // run's type solvers and ASTs would stay reachable for the life of the JVM (a Maven daemon, the
            // fuzzer): release them. Another run in this JVM at the same time only rebuilds its cache.
            JavaParserFacade.clearInstances();
        }
    }

    private ProcessorResult processAll(List<Path> sourceRoots, Path outputDir) {
        Diagnostics diagnostics = new Diagnostics();
        DisplayPaths display = new DisplayPaths(options.displayBase());
        ExplainReport explain = new ExplainReport();
        List<Path> rewrittenPaths = new ArrayList<>();
        Map<SourceFile, String> rewritten = new LinkedHashMap<>();
        List<GpuKernel> kernels = new ArrayList<>();
        SourceSet sources;
        try {
            sources = SourceSet.load(sourceRoots, outputDir, display, diagnostics);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            diagnostics.error(Path.of("jpar"), 0, 0, "internal error in jpar while reading the sources: " + e + "; please report");
            return new ProcessorResult(diagnostics.sorted(), List.of(), "");
        }
        CallAnalyzer calls = new CallAnalyzer(typesByName(sources));
        MethodPlanner planner = new MethodPlanner(new LoopAnalyzer(calls));
        for (SourceFile file : sources.files()) {
            if (file.unit().isEmpty()) {
                continue;
            }
            try {
                processFile(file, planner, diagnostics, explain, kernels).ifPresent(text -> rewritten.put(file, text));
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                diagnostics.error(file.display(), 0, 0, "internal error in jpar while processing this file: " + e + "; please report");
            }
        }
        if (!diagnostics.hasErrors() && outputDir != null) {
            write(sources, rewritten, outputDir, diagnostics);
            writeKernels(kernels, diagnostics);
            rewritten.keySet().forEach(f -> rewrittenPaths.add(f.relative()));
        }
        return new ProcessorResult(diagnostics.sorted(), rewrittenPaths, options.explain() ? explain.text() : "");
    }

    /** The rewritten text of a file, when it has parallel loops. */
    private Optional<String> processFile(SourceFile file, MethodPlanner planner, Diagnostics diagnostics, ExplainReport explain,
                                         List<GpuKernel> allKernels) {
        CompilationUnit unit = file.unit().orElseThrow();
        LineIndex lines = file.lines();
        List<TextEdit> edits = new ArrayList<>();
        List<Planned> explained = new ArrayList<>();
        List<GpuKernel> kernels = new ArrayList<>();
        Map<LoopPlan, GpuKernel> kernelOf = new java.util.IdentityHashMap<>();
        Set<CallableDeclaration<?>> annotated = new LinkedHashSet<>();
        int[] counter = {0};
        for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
            if (!ParallelAnnotation.isParallel(a)) {
                continue;
            }
            Node owner = a.getParentNode().orElse(null);
            if (owner instanceof CallableDeclaration<?> c) {
                annotated.add(c);
            } else if (owner instanceof VariableDeclarationExpr v) {
                Optional<CallableDeclaration<?>> method = enclosingCallable(v);
                boolean methodAnnotated = method.map(m -> ParallelAnnotation.find(m).isPresent()).orElse(false);
                if (!methodAnnotated) {
                    boolean index = v.getParentNode().map(p -> p instanceof ForStmt).orElse(false);
                    report(diagnostics, file, index && method.isPresent()
                            ? MisplacedAnnotation.methodNotAnnotated(a, method.get().getNameAsString())
                            : MisplacedAnnotation.notAnIndex(a), true);
                }
            } else {
                report(diagnostics, file, MisplacedAnnotation.elsewhere(a), true);
            }
        }
        for (CallableDeclaration<?> method : annotated) {
            String name = method.getNameAsString();
            try {
                MethodPlan plan = planner.plan(method, ParallelAnnotation.find(method).orElseThrow());
                report(plan, file, diagnostics);
                List<LoopPlan> loops = new ArrayList<>();
                if (!plan.hasErrors()) {
                    for (LoopDecision d : plan.parallel()) {
                        LoopPlan lp = LoopPlanner.plan(d, ++counter[0], file.fileName());
                        loops.add(lp);
                        edits.addAll(emit(lp, lines, kernels, kernelOf));
                    }
                }
                explained.add(new Planned(plan, loops));
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                if (Boolean.getBoolean("jpar.debug")) {
                    e.printStackTrace();
                }
                diagnostics.error(file.display(), Lines.line(method), Lines.column(method), "internal error in jpar while processing "
                        + io.jpar.processor.analysis.Ast.enclosingType(method, "?") + "." + name + ": " + e + "; please report");
            }
        }
        String marked = edits.isEmpty() ? file.text() : markLastLine(SourceRewriter.apply(file.text(), edits), file.fileName());
        if (!kernels.isEmpty()) {
            // after the last line, so no line of the file moves
            marked = marked + GpuEmitter.holder(file.fileName(), kernels);
            allKernels.addAll(kernels);
        }
        LineIndex rewrittenLines = new LineIndex(marked);
        if (options.explain()) {
            explained.forEach(p -> explain.add(file, p.method(), p.loops(), rewrittenLines, kernelOf));
        }
        return edits.isEmpty() ? Optional.empty() : Optional.of(marked);
    }

    /** The edits of one parallel loop, by its target; a GPU loop's kernel goes to {@code kernels} and {@code kernelOf}. */
    private static List<TextEdit> emit(LoopPlan lp, LineIndex lines, List<GpuKernel> kernels, Map<LoopPlan, GpuKernel> kernelOf) {
        return switch (lp.target()) {
            case CLUSTER -> ClusterEmitter.emit(lp, lines);
            case GPU -> {
                GpuKernel k = GpuEmitter.kernel(lp);
                kernels.add(k);
                kernelOf.put(lp, k);
                yield GpuEmitter.emit(lp, lines, k);
            }
            case CPU -> CpuEmitter.emit(lp, lines);
        };
    }

    private static Map<String, List<com.github.javaparser.ast.body.TypeDeclaration<?>>> typesByName(SourceSet sources) {
        Map<String, List<com.github.javaparser.ast.body.TypeDeclaration<?>>> index = new java.util.HashMap<>();
        for (SourceFile f : sources.files()) {
            f.unit().ifPresent(u -> u.findAll(com.github.javaparser.ast.body.TypeDeclaration.class).forEach(t ->
                    index.computeIfAbsent(t.getNameAsString(), k -> new ArrayList<>())
                            .add((com.github.javaparser.ast.body.TypeDeclaration<?>) t)));
        }
        return index;
    }

    /** A method's decisions and the plans of its parallel loops, kept for the explain report. */
    private record Planned(MethodPlan method, List<LoopPlan> loops) {
    }

    private static Optional<CallableDeclaration<?>> enclosingCallable(Node n) {
        Node p = n.getParentNode().orElse(null);
        while (p != null && !(p instanceof CallableDeclaration<?>)) {
            p = p.getParentNode().orElse(null);
        }
        return Optional.ofNullable((CallableDeclaration<?>) p);
    }

    private static void report(MethodPlan plan, SourceFile file, Diagnostics diagnostics) {
        plan.errors().forEach(r -> report(diagnostics, file, r, true));
        boolean noneLegal = !plan.loops().isEmpty() && plan.loops().stream().noneMatch(l -> l.outcome() == LoopDecision.Outcome.PARALLEL)
                && plan.loops().stream().noneMatch(LoopDecision::marked);
        if (noneLegal && plan.errors().isEmpty()) {
            // the loops' own reasons are the errors; this summary only ties them to the method. It is a note so
            // that the first error of the build (its line comes first) is a reason, not the summary.
            Node name = plan.method().getName();
            String summary = plan.method().getNameAsString()
                    + "() has @Parallel but none of its loops can run in parallel; fix the problems reported for its loops, or remove @Parallel";
            if (plan.loops().stream().anyMatch(l -> l.outcome() == LoopDecision.Outcome.ERROR && !l.refusals().isEmpty())) {
                diagnostics.note(file.display(), Lines.line(name), Lines.column(name), summary);
            } else {
                diagnostics.error(file.display(), Lines.line(name), Lines.column(name), summary);
            }
        }
        for (LoopDecision d : plan.loops()) {
            switch (d.outcome()) {
                case ERROR -> d.refusals().forEach(r -> report(diagnostics, file, r, true));
                case SEQUENTIAL -> {
                    // a method with errors fails the build anyway: its loops' warnings would only add noise
                    if (!d.refusals().isEmpty() && plan.errors().isEmpty()) {
                        Refusal r = d.refusals().get(0);
                        diagnostics.warning(file.display(), Lines.line(d.loop()), Lines.column(d.loop()), "the loop at line "
                                + Lines.line(d.loop()) + " stays sequential: " + r.what()
                                + (d.refusals().size() > 1 ? " (and " + (d.refusals().size() - 1) + " more; see jpar:explain)" : ""));
                    }
                }
                case PARALLEL -> {
                    // a call jpar cannot see into reaches a parallel loop only when the user vouched for it (trust);
                    // jpar:explain lists each one
                }
            }
        }
    }

    private static void report(Diagnostics diagnostics, SourceFile file, Refusal r, boolean error) {
        if (error) {
            diagnostics.error(file.display(), r.line(), r.column(), r.message());
        } else {
            diagnostics.warning(file.display(), r.line(), r.column(), r.message());
        }
    }

    /** Appends the marker comment to the end of the file's last line, so that no line moves. */
    static String markLastLine(String text, String fileName) {
        String marker = " // rewritten by jpar from " + fileName + "; see jpar:explain";
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
            if (end > 0 && text.charAt(end - 1) == '\r') {
                end--;
            }
        } else if (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(0, end) + marker + text.substring(end);
    }

    private void writeKernels(List<GpuKernel> kernels, Diagnostics diagnostics) {
        if (options.kernelDir() == null) {
            return;
        }
        for (GpuKernel k : kernels) {
            Path target = options.kernelDir().resolve(k.fileName());
            try {
                Files.createDirectories(options.kernelDir());
                Files.writeString(target, k.source(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                diagnostics.error(Path.of("jpar"), 0, 0, "cannot write " + target + ": " + e.getMessage());
            }
        }
    }

    private static void write(SourceSet sources, Map<SourceFile, String> rewritten, Path outputDir, Diagnostics diagnostics) {
        for (SourceFile f : sources.files()) {
            Path target = outputDir.resolve(f.relative().toString());
            try {
                Files.createDirectories(target.getParent());
                String text = rewritten.get(f);
                if (text != null) {
                    Files.writeString(target, text, StandardCharsets.UTF_8);
                } else {
                    Files.copy(f.absolute(), target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                diagnostics.error(f.display(), 0, 0, "cannot write " + target + ": " + e.getMessage());
            }
        }
    }
}
