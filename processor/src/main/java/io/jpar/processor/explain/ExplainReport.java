package io.jpar.processor.explain;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.stmt.ForStmt;
import io.jpar.processor.emit.cluster.ClusterEmitter;
import io.jpar.processor.emit.gpu.GpuEmitter;
import io.jpar.processor.emit.gpu.GpuKernel;
import io.jpar.processor.analysis.ArrayAccess;
import io.jpar.processor.analysis.CallFact;
import io.jpar.processor.analysis.Captured;
import io.jpar.processor.analysis.Privatized;
import io.jpar.processor.analysis.CanonicalLoop;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ParallelAnnotation;
import io.jpar.processor.analysis.Reduction;
import io.jpar.processor.check.Refusal;
import io.jpar.processor.parse.SourceFile;
import io.jpar.processor.plan.LoopDecision;
import io.jpar.processor.plan.LoopPlan;
import io.jpar.processor.plan.MethodPlan;
import io.jpar.processor.print.LineIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text of {@code jpar:explain}: per annotated method, every loop found, the decision and its reasons,
 * what was proven, how it runs, and the generated code. Plain text, meant to be read.
 */
public final class ExplainReport {

    private final StringBuilder out = new StringBuilder();

    public String text() {
        return out.length() == 0 ? "jpar: no @Parallel method found\n" : out.toString();
    }

    /**
     * @param rewritten the file's text after rewriting (same line numbers as the original)
     * @param kernels   the kernel emitted for each GPU loop (translated once, for the build)
     */
    public void add(SourceFile file, MethodPlan plan, List<LoopPlan> loops, LineIndex rewritten,
                    java.util.Map<LoopPlan, GpuKernel> kernels) {
        CallableDeclaration<?> m = plan.method();
        ParallelAnnotation a = plan.annotation();
        out.append(file.display()).append(':').append(Lines.line(m.getName())).append(": ")
                .append(m.getDeclarationAsString(true, true, true).strip()).append('\n');
        out.append("  @Parallel: target ").append(a.targetOrDefault()).append(", schedule ").append(a.scheduleOrDefault())
                .append(", chunk ").append(a.chunkOrDefault()).append(", threads ").append(a.threadsOrDefault())
                .append(", collapse ").append(a.collapseOrDefault()).append('\n');
        for (Refusal r : plan.errors()) {
            out.append("  error: line ").append(r.line()).append(": ").append(r.message()).append('\n');
        }
        for (LoopDecision d : plan.loops()) {
            loop(file, d, loops, kernels);
        }
        if (plan.loops().isEmpty() && plan.errors().isEmpty()) {
            out.append("  no loop found\n");
        }
        if (!loops.isEmpty()) {
            out.append("  generated code:\n");
            int from = Lines.line(m);
            int to = m.getEnd().map(p -> p.line).orElse(from);
            for (int line = from; line <= to && line <= rewritten.lineCount(); line++) {
                out.append(String.format("  %5d | %s%n", line, rewritten.line(line)));
            }
        }
        out.append('\n');
    }

    private void loop(SourceFile file, LoopDecision d, List<LoopPlan> plans, java.util.Map<LoopPlan, GpuKernel> kernels) {
        int line = Lines.line(d.loop());
        out.append("  loop ").append(file.fileName()).append(':').append(line).append(": ").append(header(d)).append('\n');
        String decision = switch (d.outcome()) {
            case PARALLEL -> d.model() == null ? "parallel: " + d.note() : switch (d.attributes().targetOrDefault()) {
                case "CLUSTER" -> "parallel on a cluster: blocks of iterations on MPJ Express ranks, CPU threads in each";
                case "GPU" -> "parallel on an OpenCL device (GPU kernel); CPU threads where no device is found";
                default -> "parallel on CPU threads";
            };
            case SEQUENTIAL -> d.note() != null ? "sequential: " + d.note()
                    : "sequential: " + d.refusals().stream().map(Refusal::what).collect(Collectors.joining("; "));
            case ERROR -> "error";
        };
        out.append("    decision: ").append(decision).append('\n');
        if (d.outcome() != LoopDecision.Outcome.PARALLEL || d.model() == null) {
            if (d.outcome() != LoopDecision.Outcome.SEQUENTIAL || d.note() == null) {
                for (Refusal r : d.refusals()) {
                    out.append("    refused (").append(r.reason()).append("): line ").append(r.line()).append(": ")
                            .append(r.message()).append('\n');
                }
            }
            return;
        }
        LoopModel m = d.model();
        LoopPlan plan = plans.stream().filter(p -> p.model() == m).findFirst().orElse(null);
        out.append("    index: ").append(range(m.outer()));
        if (m.inner() != null) {
            out.append("; collapsed with ").append(range(m.inner()));
        }
        out.append('\n');
        Set<String> writes = new LinkedHashSet<>();
        Set<String> reads = new LinkedHashSet<>();
        Map<String, List<String>> proven = new LinkedHashMap<>();
        for (ArrayAccess a : m.accesses()) {
            if (a.writes() && m.disjoint(a.key()) != null) {
                proven.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a.text());
            }
        }
        for (ArrayAccess a : m.accesses()) {
            if (a.writes() && proven.containsKey(a.key())) {
                // one entry per array: its writes, then the proof that covers them all
                writes.add(String.join(", ", new LinkedHashSet<>(proven.get(a.key()))) + " (" + m.disjoint(a.key()) + ")");
            } else if (a.writes()) {
                boolean reduced = m.reductions().stream().anyMatch(r -> r.array() && (r.element() != null
                        ? a.elementField() && r.element().key().equals(a.key()) : !a.elementField() && r.name().equals(a.array())));
                writes.add(a.text() + (reduced ? " (a reduction: each thread updates its own copy)"
                        : a.form() != null ? " (injective: " + a.form() + ")" : " (not proven injective)"));
            } else if (a.role() == ArrayAccess.Role.READ) {
                reads.add(a.text());
            }
        }
        m.reductions().stream().filter(r -> r.field() != null)
                .forEach(r -> writes.add(r.field() + " (a field reduction: each block its own partial)"));
        out.append("    writes: ").append(writes.isEmpty() ? "only locals of the body" : String.join(", ", writes)).append('\n');
        if (!reads.isEmpty()) {
            out.append("    array reads: ").append(String.join(", ", reads)).append('\n');
        }
        out.append("    reductions: ").append(m.reductions().isEmpty() ? "none"
                : m.reductions().stream().map(Reduction::describe).collect(Collectors.joining(", "))).append('\n');
        if (!m.scratch().scratch().isEmpty()) {
            out.append("    scratch objects (each block makes its own): ").append(m.scratch().scratch().stream()
                    .map(t -> t.name() + " = " + t.creation() + " (every iteration writes " + String.join(", ", t.fields())
                            + " before it reads them)")
                    .collect(Collectors.joining(", "))).append('\n');
        }
        if (!m.privates().isEmpty()) {
            out.append("    private to each iteration (assigned before read): ")
                    .append(m.privates().stream().map(p -> p.name() + m.inductions().stream().filter(k -> k.declaration() == p.declaration())
                            .findFirst().map(k -> " (a counter: each iteration starts it at its value before the loop plus "
                                    + k.perIterationText()
                                    + " per earlier iteration)").orElse(""))
                            .collect(Collectors.joining(", "))).append('\n');
            List<String> last = m.privates().stream().filter(Privatized::last).map(Privatized::name).toList();
            if (!last.isEmpty()) {
                out.append("    after the loop, as the last iteration left them: ").append(String.join(", ", last)).append('\n');
            }
        }
        if (!m.ownObjects().isEmpty()) {
            out.append("    objects of the iteration (created by it, reachable by no other), fields written in place: ")
                    .append(String.join(", ", m.ownObjects())).append('\n');
        }
        if (!m.captured().isEmpty()) {
            out.append("    copied into the chunk class (not effectively final): ")
                    .append(m.captured().stream().map(Captured::name).collect(Collectors.joining(", "))).append('\n');
        }
        ParallelAnnotation a = d.attributes();
        String schedule = plan == null ? a.scheduleOrDefault() : plan.schedule().name();
        String chunk = plan == null ? a.chunkOrDefault() : plan.chunk();
        out.append("    schedule: ").append(schedule)
                .append(plan == null || plan.scheduleWhy() == null ? "" : " (chosen by jpar: " + plan.scheduleWhy() + ")")
                .append(", chunk ").append(chunk.equals("0") ? "chosen by jpar" : chunk).append(", threads ")
                .append(a.threadsOrDefault().equals("0") ? "jpar.threads / JPAR_THREADS / available processors" : a.threadsOrDefault())
                .append(" (jpar.threads and JPAR_THREADS override the annotation)").append('\n');
        if (plan != null) {
            out.append("    aliasing: ").append(plan.checksAliasing()
                    ? "checked before the loop runs: " + checked(plan) + "; on a clash the loop runs sequentially with a warning"
                    : "no run-time check needed")
                    .append(plan.freshArrays().isEmpty() ? ""
                            : "; proven fresh (created by the method, never shared), so not checked: " + plan.freshArrays())
                    .append(plan.elementsProven().isEmpty() ? ""
                            : "; elements proven distinct (the method fills them with new objects only): " + plan.elementsProven())
                    .append('\n');
        }
        for (CallFact c : m.calls()) {
            String what = switch (c.verdict()) {
                case KNOWN_SAFE -> "known safe" + (c.detail() == null ? "" : " (" + c.detail() + ")");
                case ANALYSED -> c.writtenRows().isEmpty() && c.elementUses().isEmpty() ? "read by jpar: writes no shared state"
                        : "read by jpar: " + c.detail() + ", which the dependence test proves the iteration's own";
                case UNKNOWN -> "vouched for by trust: jpar cannot see inside it" + (c.detail() == null ? "" : ", " + c.detail());
                case UNSAFE -> "unsafe: " + c.detail();
            };
            out.append("    call at line ").append(c.line()).append(": ").append(c.callee()).append(": ").append(what).append('\n');
        }
        if (plan != null) {
            out.append("    runs as: local class ").append(plan.className()).append(" on lines ").append(Lines.line(m.loop()))
                    .append('-').append(m.loop().getEnd().map(p -> p.line).orElse(0)).append(", LoopSite \"")
                    .append(plan.where()).append("\"\n");
            List<String> extra = switch (plan.target()) {
                case CLUSTER -> ClusterEmitter.explain(plan);
                case GPU -> GpuEmitter.explain(plan, kernels.get(plan));
                case CPU -> List.of();
            };
            extra.forEach(l -> out.append("    ").append(l).append('\n'));
        }
    }

    /** What the run-time check compares: arrays by identity, the elements of arrays of objects. */
    private static String checked(LoopPlan plan) {
        List<String> parts = new ArrayList<>();
        if (!plan.aliasWritten().isEmpty()) {
            parts.add("written " + plan.aliasWritten() + (plan.aliasRead().isEmpty() ? "" : ", read elsewhere " + plan.aliasRead()));
        }
        if (!plan.elementsWritten().isEmpty()) {
            parts.add("that the elements of " + plan.elementsWritten() + " are distinct objects"
                    + (plan.elementsRead().isEmpty() ? "" : ", none of them in " + plan.elementsRead()));
        }
        return String.join("; ", parts);
    }

    private static String range(CanonicalLoop c) {
        return c.name() + " (" + c.type() + ") from " + c.first() + " while " + c.name() + " " + c.relation().symbol() + " "
                + c.limit() + ", step " + c.step();
    }

    private static String header(LoopDecision d) {
        if (d.loop() instanceof ForStmt && d.model() != null && d.model().outer() != null) {
            return d.model().outer().headerText();
        }
        String text = d.loop().toString();
        int brace = text.indexOf('{');
        String first = (brace > 0 ? text.substring(0, brace) : text.lines().findFirst().orElse("")).strip();
        return first;
    }
}
