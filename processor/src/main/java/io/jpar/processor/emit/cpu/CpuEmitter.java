package io.jpar.processor.emit.cpu;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import io.jpar.processor.analysis.CanonicalLoop;
import io.jpar.processor.analysis.JavaType;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.Privatized;
import io.jpar.processor.analysis.Reduction;
import io.jpar.processor.analysis.Scopes;
import io.jpar.processor.plan.LoopPlan;
import io.jpar.processor.print.LineIndex;
import io.jpar.processor.print.SourceRewriter;
import io.jpar.processor.print.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Emits the CPU code of one parallel loop as text edits (docs/ARCHITECTURE.md, "Generated code for the CPU
 * target"): the loop header becomes a local chunk class whose {@code run} holds the original loop from
 * {@code from$} while {@code i REL to$}, the body stays as written on its own lines, and the rest of the class
 * and the runtime call go on the closing line. Other targets emit the same text with their parts added through a {@link ChunkTarget}.
 */
public final class CpuEmitter {

    /** Methods of the chunk classes (and Object) that an unqualified call in the body would otherwise bind to. */
    private static final Set<String> CHUNK_MEMBERS = Set.of("run", "fresh", "merge", "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private CpuEmitter() {
    }

    public static List<TextEdit> emit(LoopPlan plan, LineIndex text) {
        return emit(plan, text, ChunkTarget.CPU);
    }

    /** The CPU code with what {@code target} adds (its chunk classes, runtime entry, fields and members). */
    public static List<TextEdit> emit(LoopPlan plan, LineIndex text, ChunkTarget target) {
        LoopModel m = plan.model();
        CanonicalLoop outer = m.outer();
        CanonicalLoop inner = m.inner();
        Statement statement = m.loop().getParentNode().filter(LabeledStmt.class::isInstance).map(Statement.class::cast)
                .orElse(m.loop());
        Statement body = inner != null ? inner.loop().getBody() : m.loop().getBody();
        Node parent = statement.getParentNode().orElse(null);
        boolean wrap = !(parent instanceof BlockStmt || parent instanceof SwitchEntry);
        String c = plan.className();
        String site = body.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals("SITE")) ? "SITE$" : "SITE";

        CanonicalLoop split = inner != null ? inner : outer;
        String chunkType = inner != null ? "Int2Chunk" : outer.type().equals(JavaType.LONG) ? "LongChunk" : "IntChunk";
        String params = inner != null ? "int " + outer.name() + ", int from$, int to$" : outer.type() + " from$, " + outer.type() + " to$";
        String classHead = (wrap ? "{ " : "") + "final class " + c + " extends " + target.chunkBase(chunkType) + "<" + c
                + "> { protected void run(" + params + ") throws Exception { " + reductionLocals(m) + privateLocals(m) + scratchCopies(m);
        // the chunk's loop keeps its label: the body may continue it (EscapingControlFlow)
        String label = split.loop().getParentNode().orElse(null) instanceof LabeledStmt l ? l.getLabel() + ": " : "";
        // the relation as written: run(first, limit) is then the sequential loop, which the runtime runs when it
        // cannot count the trips (Trips.UNCOUNTED); a block's to$ is exclusive for < and >, its last index for <= and >=
        // each iteration starts its counters (row[k++]) where the sequential loop would have them
        String starts = m.inductions().stream().map(k -> k.start(outer)).collect(java.util.stream.Collectors.joining(" "));
        String forHead = label + "for (" + (split.indexOutside() ? "" : split.type() + " ") + split.name() + " = from$; " + split.name()
                + " " + split.relation().symbol() + " to$; " + split.updateText() + ") " + (starts.isEmpty() ? "" : "{ " + starts + " ");

        List<TextEdit> edits = new ArrayList<>();
        int headerBegin = text.begin(statement);
        int bodyBegin = text.begin(body);
        String header = text.text().substring(headerBegin, bodyBegin);
        edits.add(new TextEdit(headerBegin, bodyBegin, SourceRewriter.spread(header, classHead, forHead)));

        int bodyEnd = text.end(body);
        int end = text.end(statement);
        String closing = (starts.isEmpty() ? "" : " }") + " " + reductionWriteBack(m) + lastWriteBack(m) + "} " + members(plan, site, target) + calleeCopies(plan, text) + " } " + call(plan, site, target) + caughtExceptions(statement) + (wrap ? " }" : "");
        edits.add(new TextEdit(bodyEnd, end, SourceRewriter.spread(text.text().substring(bodyEnd, end), "", closing)));

        edits.addAll(bodyEdits(plan, body, text, target.memberNames()));
        return edits;
    }

    /**
     * The chunk's reduction fields, copied into locals of the same name for the run: the body then updates a
     * local, as in the sequential loop, which the JIT keeps in a register instead of storing to the heap on
     * every iteration.
     */
    private static String reductionLocals(LoopModel m) {
        StringBuilder s = new StringBuilder();
        for (Reduction r : m.reductions()) {
            if (inCallees(r, m)) {
                continue;                       // the method's copy updates the chunk's field: no local to keep apart
            }
            s.append(r.type()).append(' ').append(r.name()).append(" = this.").append(r.name()).append("; ");
        }
        return s.toString();
    }

    /**
     * The iteration's own copies of the method's private locals ({@code Privatized}). Every iteration assigns
     * them before reading, so the initial value is never read; it only satisfies javac.
     */
    private static String privateLocals(LoopModel m) {
        StringBuilder s = new StringBuilder();
        for (Privatized p : m.privates()) {
            s.append(p.type()).append(' ').append(p.name()).append(" = ").append(p.type().zero()).append("; ");
        }
        return s.toString();
    }

    /** The block's own scratch objects, made as the originals were: they hide the method's locals of the same name. */
    private static String scratchCopies(LoopModel m) {
        StringBuilder s = new StringBuilder();
        for (io.jpar.processor.analysis.Scratch t : m.scratch().scratch()) {
            s.append(t.type()).append(' ').append(t.name()).append(" = ").append(t.creation()).append("; ");
        }
        return s.toString();
    }

    /** After a block, what its last iteration left in each lastprivate local (a block runs at least one). */
    private static String lastWriteBack(LoopModel m) {
        StringBuilder s = new StringBuilder();
        for (Privatized p : m.privates()) {
            if (p.last()) {
                s.append("this.").append(p.name()).append("$last = ").append(p.name()).append("; this.")
                        .append(p.name()).append("$set = true; ");
            }
        }
        for (io.jpar.processor.analysis.Scratch t : copiedBack(m)) {
            s.append("this.").append(t.name()).append("$last = ").append(t.name()).append("; this.").append(t.name()).append("$set = true; ");
        }
        return s.toString();
    }

    private static boolean hasLast(LoopModel m) {
        return m.privates().stream().anyMatch(Privatized::last) || !copiedBack(m).isEmpty();
    }

    /** The scratch fields whose last block's copy goes back into the field after the loop. */
    private static List<io.jpar.processor.analysis.Scratch> copiedBack(LoopModel m) {
        return m.scratch().scratch().stream().filter(t -> t.original() != null).toList();
    }

    /** Stores the scalar reduction locals back into the chunk's fields, where merge and the caller read them. */
    private static String reductionWriteBack(LoopModel m) {
        StringBuilder s = new StringBuilder();
        for (Reduction r : m.reductions()) {
            if (!r.array() && !inCallees(r, m)) {
                s.append("this.").append(r.name()).append(" = ").append(r.name()).append("; ");
            }
        }
        return s.toString();
    }

    private static String names(List<String> references) {
        StringBuilder s = new StringBuilder("new String[] {");
        for (int k = 0; k < references.size(); k++) {
            s.append(k > 0 ? ", " : "").append('"').append(references.get(k).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    private static String members(LoopPlan plan, String site, ChunkTarget target) {
        LoopModel m = plan.model();
        String c = plan.className();
        StringBuilder s = new StringBuilder();
        s.append("static final io.jpar.runtime.LoopSite ").append(site).append(" = new io.jpar.runtime.LoopSite(\"")
                .append(plan.where()).append("\", \"").append(plan.methodName()).append("\", io.jpar.Schedule.")
                .append(plan.schedule()).append(", ").append(plan.chunk())
                .append(", ").append(plan.attributes().threadsOrDefault()).append(", io.jpar.runtime.Relation.")
                .append(m.outer().relation());
        if (m.inner() != null) {
            s.append(", io.jpar.runtime.Relation.").append(m.inner().relation());
        }
        s.append(')');
        if (plan.checksAliasing()) {
            // the overlap warning names the arrays as the source does
            s.append(".arrays(").append(names(plan.checkedWrittenNames())).append(", ").append(names(plan.checkedReadNames())).append(')');
        }
        s.append(';');
        List<ChunkField> fields = fields(plan, target);
        for (ChunkField f : fields) {
            s.append(' ').append(f.isFinal() ? "final " : "").append(f.type()).append(' ').append(f.name()).append(';');
        }
        if (!fields.isEmpty()) {
            s.append(' ').append(c).append('(');
            for (int k = 0; k < fields.size(); k++) {
                s.append(k > 0 ? ", " : "").append(fields.get(k).type()).append(' ').append(fields.get(k).name());
            }
            s.append(") {");
            for (ChunkField f : fields) {
                s.append(" this.").append(f.name()).append(" = ").append(f.name()).append(';');
            }
            s.append(" }");
        }
        for (Privatized p : m.privates()) {
            if (p.last()) {
                s.append(' ').append(p.type()).append(' ').append(p.name()).append("$last; boolean ").append(p.name())
                        .append("$set;");
            }
        }
        for (io.jpar.processor.analysis.Scratch t : copiedBack(m)) {
            s.append(' ').append(t.type()).append(' ').append(t.name()).append("$last; boolean ").append(t.name()).append("$set;");
        }
        // lastprivate locals need a partial per block too: merged in block order, the last block's value wins
        if (!m.reductions().isEmpty() || hasLast(m)) {
            s.append(" protected ").append(c).append(" fresh() { return new ").append(c).append('(');
            int k = 0;
            for (ChunkField f : fields) {
                s.append(k++ > 0 ? ", " : "");
                Reduction r = f.reduction();
                s.append(r == null ? f.name() : r.array() ? ReductionCode.freshArray(r) : ReductionCode.identity(r.operator(), r.type()));
            }
            // the merge parameter must not shadow a reduction that happens to be called "later"
            String later = fields.stream().anyMatch(f -> f.name().equals("later")) ? "later$" : "later";
            s.append("); } protected void merge(").append(c).append(' ').append(later).append(") {");
            for (Reduction r : m.reductions()) {
                s.append(' ').append(r.array() ? ReductionCode.mergeArray(r, later) : ReductionCode.merge(r, later));
            }
            List<String> lastNames = new ArrayList<>(m.privates().stream().filter(Privatized::last).map(Privatized::name).toList());
            copiedBack(m).forEach(t -> lastNames.add(t.name()));
            for (String n : lastNames) {
                s.append(" if (").append(later).append('.').append(n).append("$set) { this.").append(n).append("$last = ")
                        .append(later).append('.').append(n).append("$last; this.").append(n).append("$set = true; }");
            }
            s.append(" }");
            Set<JavaType> fills = new LinkedHashSet<>();
            for (Reduction r : m.reductions()) {
                if (r.array() && ReductionCode.freshArray(r).startsWith("filled$")) {
                    fills.add(r.elementType());
                }
            }
            fills.forEach(e -> s.append(' ').append(ReductionCode.fillHelper(e)));
        }
        s.append(target.members(plan, fields));
        return s.toString();
    }

    /** The generated class's fields: the reductions, then the outside values the target copies in. */
    private static List<ChunkField> fields(LoopPlan plan, ChunkTarget target) {
        List<ChunkField> out = new ArrayList<>();
        for (Reduction r : plan.model().reductions()) {
            out.add(new ChunkField(r.name(), r.type(), false, r));
        }
        out.addAll(target.values(plan));
        return out;
    }

    private static String call(LoopPlan plan, String site, ChunkTarget target) {
        LoopModel m = plan.model();
        CanonicalLoop outer = m.outer();
        CanonicalLoop inner = m.inner();
        String c = plan.className();
        StringBuilder call = new StringBuilder(target.loops()).append('.');
        // an index declared before the loop is assigned first, as the loop's initializer would (and once)
        String first = outer.indexOutside() ? outer.name() : outer.first().toString();
        call.append(inner != null ? "forInt2" : outer.type().equals(JavaType.LONG) ? "forLong" : "forInt").append('(')
                .append(c).append('.').append(site).append(target.afterSite(plan)).append(", ").append(first).append(", ").append(outer.limit())
                .append(", ").append(outer.step());
        if (inner != null) {
            call.append(", ").append(inner.first()).append(", ").append(inner.limit()).append(", ").append(inner.step());
        }
        call.append(", new ").append(c).append('(');
        List<ChunkField> fields = fields(plan, target);
        for (int k = 0; k < fields.size(); k++) {
            ChunkField f = fields.get(k);
            Reduction r = f.reduction();
            // the partials of a reduction into elements' fields start as the identity; the fold adds them after the loop
            call.append(k > 0 ? ", " : "").append(r == null ? f.name() : r.element() != null
                    ? ReductionCode.freshArray(r, r.element().array() + ".length", c + ".") : r.variable());
        }
        call.append(')');
        if (plan.checksAliasing()) {
            call.append(", new java.lang.Object[] {").append(String.join(", ", plan.checkedWritten()))
                    .append("}, new java.lang.Object[] {").append(String.join(", ", plan.checkedRead())).append('}');
        }
        call.append(')');
        String init = outer.indexOutside() ? outer.name() + " = " + outer.first() + "; " : "";
        List<Reduction> scalars = m.reductions().stream().filter(r -> !r.array()).toList();
        List<Privatized> lasts = m.privates().stream().filter(Privatized::last).toList();
        List<Reduction> elements = m.reductions().stream().filter(r -> r.element() != null).toList();
        List<io.jpar.processor.analysis.Scratch> back = copiedBack(m);
        if (scalars.isEmpty() && lasts.isEmpty() && elements.isEmpty() && back.isEmpty()) {
            return init + call + ";";
        }
        if (scalars.size() == 1 && lasts.isEmpty() && elements.isEmpty() && back.isEmpty()) {
            return init + scalars.get(0).variable() + " = " + call + "." + scalars.get(0).name() + ";";
        }
        String result = "jpar$" + c.substring("JparLoop".length());
        StringBuilder s = new StringBuilder(init + c + " " + result + " = " + call + ";");
        for (Reduction r : scalars) {
            s.append(' ').append(r.variable()).append(" = ").append(result).append('.').append(r.name()).append(';');
        }
        // a loop without iterations leaves the local as it was
        for (Privatized p : lasts) {
            s.append(" if (").append(result).append('.').append(p.name()).append("$set) ").append(p.name()).append(" = ")
                    .append(result).append('.').append(p.name()).append("$last;");
        }
        for (Reduction r : elements) {
            s.append(' ').append(ReductionCode.foldElements(r, result + "." + r.name()));
        }
        // the field keeps what the last iteration wrote, as after the sequential loop (every iteration writes all of them)
        for (io.jpar.processor.analysis.Scratch t : back) {
            s.append(" if (").append(result).append('.').append(t.name()).append("$set) {");
            for (String f : t.fields()) {
                s.append(' ').append(t.original()).append('.').append(f).append(" = ").append(result).append('.').append(t.name())
                        .append("$last.").append(f).append(';');
            }
            s.append(" }");
        }
        return s.toString();
    }

    /**
     * The runtime call declares no checked exception, so a {@code catch (IOException e)} around the loop would
     * no longer compile ("never thrown"). A dead {@code if (false) throw (IOException) null;} per caught type
     * keeps the try statement as javac saw it before; it never runs.
     */
    private static String caughtExceptions(Statement statement) {
        Set<String> types = new LinkedHashSet<>();
        Node child = statement;
        Node p = statement.getParentNode().orElse(null);
        while (p != null && !(p instanceof BodyDeclaration<?>) && !(p instanceof com.github.javaparser.ast.expr.LambdaExpr)) {
            if (p instanceof com.github.javaparser.ast.stmt.TryStmt t && t.getTryBlock() == child) {
                for (com.github.javaparser.ast.stmt.CatchClause c : t.getCatchClauses()) {
                    com.github.javaparser.ast.type.Type type = c.getParameter().getType();
                    List<com.github.javaparser.ast.type.Type> alternatives = type instanceof com.github.javaparser.ast.type.UnionType u
                            ? new ArrayList<>(u.getElements()) : List.of(type);
                    for (com.github.javaparser.ast.type.Type a : alternatives) {
                        String name = a.asString();
                        if (!Set.of("Exception", "Throwable", "RuntimeException", "Error", "java.lang.Exception",
                                "java.lang.Throwable", "java.lang.RuntimeException", "java.lang.Error").contains(name)) {
                            types.add(name);
                        }
                    }
                }
            }
            child = p;
            p = p.getParentNode().orElse(null);
        }
        StringBuilder s = new StringBuilder();
        types.forEach(t -> s.append(" if (false) throw (").append(t).append(") null;"));
        return s.toString();
    }

    /** Whether a field reduction is updated inside a method the loop calls too: then the partial is the chunk's field itself. */
    private static boolean inCallees(Reduction r, LoopModel m) {
        return r.targets().stream().anyMatch(t -> !Scopes.within(t, m.body()));
    }

    /**
     * The chunk's own copies of the methods that update field reductions ({@code record(v)}): the same code, with each
     * update of a reduced field made on the block's partial, and {@code this} still the user's object.
     */
    private static String calleeCopies(LoopPlan plan, LineIndex text) {
        StringBuilder s = new StringBuilder();
        Set<com.github.javaparser.ast.body.MethodDeclaration> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (io.jpar.processor.analysis.ReducingCall rc : plan.model().reducingCalls()) {
            com.github.javaparser.ast.body.MethodDeclaration md = rc.callee();
            if (!done.add(md)) {
                continue;
            }
            Node body = md.getBody().orElseThrow();
            List<TextEdit> edits = new ArrayList<>();
            Set<Node> replaced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Reduction r : plan.model().reductions()) {
                for (Node t : r.targets()) {
                    if (Scopes.within(t, body)) {
                        replaced.add(t);
                        edits.add(new TextEdit(text.begin(t), text.end(t), "this." + r.name()));
                    }
                }
            }
            for (Node n : body.findAll(Node.class)) {
                if (inNestedClass(n, body) || replaced.stream().anyMatch(u -> Scopes.within(n, u))) {
                    continue;
                }
                if (n instanceof ThisExpr t && t.getTypeName().isEmpty()) {
                    edits.add(new TextEdit(text.begin(n), text.end(n), plan.outerType() + ".this"));
                } else if (n instanceof MethodCallExpr call && call.getScope().isEmpty() && CHUNK_MEMBERS.contains(call.getNameAsString())) {
                    int at = text.begin(call);
                    edits.add(new TextEdit(at, at, md.isStatic() || plan.staticMethod() ? plan.outerType() + "." : plan.outerType() + ".this."));
                } else if (n instanceof com.github.javaparser.ast.expr.NameExpr name && fieldName(name)) {
                    // in the chunk, a local of the loop's method of that name would hide the field
                    int at = text.begin(name);
                    edits.add(new TextEdit(at, at, staticField(name) ? plan.outerType() + "." : plan.outerType() + ".this."));
                }
            }
            // the copy goes on the loop's last line: its comments go, or a // would swallow the rest of the line
            for (com.github.javaparser.ast.comments.Comment c : body.getAllContainedComments()) {
                edits.add(new TextEdit(text.begin(c), text.end(c), " "));
            }
            int from = text.begin(body);
            StringBuilder code = new StringBuilder(text.text().substring(from, text.end(body)));
            edits.sort(java.util.Comparator.comparingInt(TextEdit::begin).reversed());
            for (TextEdit e : edits) {
                code.replace(e.begin() - from, e.end() - from, e.replacement());
            }
            s.append(" private ").append(md.getTypeParameters().isEmpty() ? "" : "<" + md.getTypeParameters().stream()
                    .map(Object::toString).collect(java.util.stream.Collectors.joining(", ")) + "> ")
                    .append(md.getType()).append(' ').append(rc.copy()).append('(')
                    .append(md.getParameters().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "))).append(')')
                    .append(md.getThrownExceptions().isEmpty() ? "" : " throws " + md.getThrownExceptions().stream()
                            .map(Object::toString).collect(java.util.stream.Collectors.joining(", ")))
                    .append(' ').append(code.toString().replace('\n', ' '));
        }
        return s.toString();
    }

    /** Whether {@code n}, in a method of the user's class, names a field of it (no local or parameter of the method). */
    private static boolean fieldName(com.github.javaparser.ast.expr.NameExpr n) {
        return Scopes.declaration(n.getNameAsString(), n).isEmpty() && io.jpar.processor.analysis.Ast.field(n).isPresent();
    }

    private static boolean staticField(com.github.javaparser.ast.expr.NameExpr n) {
        return io.jpar.processor.analysis.Ast.field(n).map(f -> f.isStatic()).orElse(false);
    }

    /** Inside the chunk class, {@code this} and unqualified calls of chunk members must still mean the user's class. */
    private static List<TextEdit> bodyEdits(LoopPlan plan, Node body, LineIndex text, Set<String> targetMembers) {
        List<TextEdit> edits = new ArrayList<>();
        String outer = plan.outerType();
        // a reduction into a field: each use of the field is the block's partial, a local of the chunk
        Set<Node> fieldUses = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Reduction r : plan.model().reductions()) {
            for (Node t : r.targets()) {
                if (!Scopes.within(t, body)) {
                    continue;                  // in a method the loop calls: its copy updates the partial (calleeCopies)
                }
                fieldUses.add(t);
                edits.add(new TextEdit(text.begin(t), text.end(t), r.element() != null ? partialOf(r, t, text)
                        : inCallees(r, plan.model()) ? "this." + r.name() : r.name()));
            }
        }
        // a call of a method that updates field reductions calls the chunk's copy of it
        for (io.jpar.processor.analysis.ReducingCall rc : plan.model().reducingCalls()) {
            MethodCallExpr call = rc.call();
            call.getScope().ifPresent(fieldUses::add);
            edits.add(new TextEdit(text.begin(call), text.end(call.getName()), rc.copy()));
        }
        // this.tmp of a scratch field is the block's copy, the local tmp
        for (Node n : body.findAll(Node.class)) {
            if (io.jpar.processor.analysis.ScratchObjects.qualifiedScratch(n, plan.model().scratch().scratch())) {
                fieldUses.add(n);
                edits.add(new TextEdit(text.begin(n), text.end(n), ((com.github.javaparser.ast.expr.FieldAccessExpr) n).getNameAsString()));
            }
        }
        for (Node n : body.findAll(Node.class)) {
            if (inNestedClass(n, body) || fieldUses.stream().anyMatch(u -> Scopes.within(n, u))) {
                continue;
            }
            if (n instanceof ThisExpr t && t.getTypeName().isEmpty()) {
                edits.add(new TextEdit(text.begin(n), text.end(n), outer + ".this"));
            } else if (n instanceof SuperExpr s && s.getTypeName().isEmpty()) {
                edits.add(new TextEdit(text.begin(n), text.end(n), outer + ".super"));
            } else if (n instanceof MethodCallExpr call && call.getScope().isEmpty()
                    && (CHUNK_MEMBERS.contains(call.getNameAsString()) || targetMembers.contains(call.getNameAsString()))) {
                int at = text.begin(call);
                edits.add(new TextEdit(at, at, plan.staticMethod() ? outer + "." : outer + ".this."));
            }
        }
        return edits;
    }

    /** {@code q[e].f} of a reduction into the fields of elements: the element's partial, {@code q$f[e]}, checked as the read of q[e].f. */
    private static String partialOf(Reduction r, Node target, LineIndex text) {
        com.github.javaparser.ast.expr.ArrayAccessExpr element = (com.github.javaparser.ast.expr.ArrayAccessExpr)
                io.jpar.processor.analysis.Ast.unwrap(((com.github.javaparser.ast.expr.FieldAccessExpr) target).getScope());
        String index = text.text().substring(text.begin(element.getIndex()), text.end(element.getIndex()));
        String quoted = element.toString().replace("\\", "\\\\").replace("\"", "\\\"");
        return r.name() + "[io.jpar.runtime.cpu.ElementPartials.at(" + r.element().array() + ", " + index + ", \"" + r.element().field()
                + "\", \"" + quoted + "\")]";
    }

    private static boolean inNestedClass(Node n, Node body) {
        Node p = n.getParentNode().orElse(null);
        while (p != null && p != body) {
            if (p instanceof BodyDeclaration<?>) {
                return true;
            }
            p = p.getParentNode().orElse(null);
        }
        return false;
    }
}
