package io.jpar.processor.plan.cluster;

import io.jpar.processor.analysis.AffineDependence;
import io.jpar.processor.analysis.ArrayAccess;
import io.jpar.processor.analysis.Finding;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.Reduction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans how a CLUSTER loop's data moves, from the access analysis (issue 3): scalars, and arrays read at any
 * index, are broadcast; arrays read only at {@code scale * i + offset} are scattered by block; arrays written
 * there are gathered (scattered first when the body also reads them, or when a write may leave elements of the
 * block as they were); reductions are reduced, array reductions whole; objects are serialized. 2-D arrays
 * indexed {@code a[i][...]} move by rows.
 */
public final class ClusterPlanner {

    private ClusterPlanner() {
    }

    public static ClusterPlan plan(LoopModel m) {
        OutsideValues found = OutsideValues.of(m);
        String distributed = m.outer().name();
        List<Unmovable> problems = new ArrayList<>();
        for (Finding f : found.unknown()) {
            problems.add(new Unmovable(Unmovable.Kind.UNKNOWN_VALUE, f.at(), f.at().toString(), f.what()));
        }
        Set<String> scalars = new LinkedHashSet<>();
        List<Move> moves = new ArrayList<>();
        for (OutsideValue v : found.values()) {
            if (v.shape() == OutsideValue.Shape.SCALAR) {
                scalars.add(v.name());
                moves.add(new Move(v, Move.Step.BROADCAST, null, "a scalar"));
            }
        }
        for (OutsideValue v : found.values()) {
            if (v.shape() == OutsideValue.Shape.OBJECT) {
                accesses(m, v).stream().filter(ArrayAccess::writes).findFirst().ifPresent(w -> problems.add(new Unmovable(
                        Unmovable.Kind.OBJECT_ARRAY_WRITE, w.node(), v.name(), v.type().toString())));
                moves.add(new Move(v, Move.Step.OBJECT, null, "an object"));
            }
        }
        for (OutsideValue v : found.values()) {
            if (v.shape() == OutsideValue.Shape.ARRAY || v.shape() == OutsideValue.Shape.ROWS) {
                array(m, v, distributed, scalars, found.constants(), moves, problems);
            }
        }
        for (Reduction r : m.reductions()) {
            OutsideValue v = new OutsideValue(r.name(), r.type(), false);
            if (v.shape() == OutsideValue.Shape.OBJECT) {
                problems.add(new Unmovable(Unmovable.Kind.OBJECT_REDUCTION, m.loop(), r.name(), r.type().toString()));
                continue;
            }
            moves.add(new Move(v, Move.Step.REDUCE, null, (r.array() ? "array reduction with " : "reduction with ") + r.operator()));
        }
        return new ClusterPlan(distributed, m.inner() != null, found.values(), List.copyOf(moves), List.copyOf(problems));
    }

    private static void array(LoopModel m, OutsideValue v, String distributed, Set<String> scalars, Set<String> constants,
                              List<Move> moves, List<Unmovable> problems) {
        List<ArrayAccess> all = accesses(m, v);
        List<ArrayAccess> writes = all.stream().filter(ArrayAccess::writes).toList();
        List<ArrayAccess> reads = all.stream().filter(a -> !a.writes()).toList();
        Optional<BlockIndex> readIndex = common(reads, v, distributed, scalars, constants);
        String rows = v.shape() == OutsideValue.Shape.ROWS ? "rows " : "";
        if (writes.isEmpty()) {
            if (readIndex.isPresent()) {
                moves.add(new Move(v, Move.Step.SCATTER, readIndex.get(), "read only at " + at(v, readIndex.get())));
            } else {
                // a row alias (double[] pivot = a[k]) has its accesses counted as a's: its elements are still read
                boolean elementsRead = !all.isEmpty() || m.body().findAll(com.github.javaparser.ast.expr.NameExpr.class).stream()
                        .anyMatch(n -> n.getNameAsString().equals(v.name()) && !(n.getParentNode().orElse(null)
                                instanceof com.github.javaparser.ast.expr.FieldAccessExpr f && f.getNameAsString().equals("length")));
                moves.add(new Move(v, Move.Step.BROADCAST, null, elementsRead ? "read at any index" : "only its length is read"));
            }
            return;
        }
        if (v.shape() == OutsideValue.Shape.ROWS) {
            // a row handed to a call that writes its elements stays the same object: it comes back as a row
            Optional<ArrayAccess> replaced = writes.stream().filter(w -> w.indices().size() == 1 && !"call".equals(w.operator()))
                    .findFirst();
            if (replaced.isPresent()) {
                problems.add(new Unmovable(Unmovable.Kind.ROW_REPLACED, replaced.get().node(), v.name(), replaced.get().text()));
                return;
            }
        }
        Optional<BlockIndex> writeIndex = common(writes, v, distributed, scalars, constants);
        Optional<BlockIndex> lane = writeIndex.isPresent() ? Optional.empty() : lane(m, v, all, distributed, scalars, constants);
        if (lane.isPresent()) {
            // lanes: each iteration owns width elements (rows); gaps between lanes and lanes partly written must
            // come back as they were, so the block is scattered first unless every rank starts from the same zeros
            String at = v.name() + "[" + lane.get().text() + "]" + (rows.isEmpty() ? "" : "[...]") + " (0 <= c < "
                    + lane.get().width() + ")";
            boolean zeros = reads.isEmpty() && writes.stream().noneMatch(w -> w.role() == ArrayAccess.Role.UPDATE)
                    && !v.field() && DefaultFilled.atLoopStart(v.name(), m.loop());
            if (!zeros) {
                moves.add(new Move(v, Move.Step.SCATTER, lane.get(), reads.isEmpty() ? "written in lanes " + at
                        + ", which may leave elements of the block as they were" : "read in lanes " + at));
            }
            moves.add(new Move(v, Move.Step.GATHER, lane.get(), "written in lanes " + at + (zeros
                    ? "; created just before the loop, so every rank starts from the same zeros" : "")));
            return;
        }
        if (writeIndex.isEmpty()) {
            ArrayAccess w = writes.stream().filter(a -> common(List.of(a), v, distributed, scalars, constants).isEmpty())
                    .findFirst().orElse(writes.get(0));
            problems.add(new Unmovable(Unmovable.Kind.UNGATHERABLE_WRITE, w.node(), v.name(), w.text()));
            return;
        }
        BlockIndex index = writeIndex.get();
        String written = "written at " + at(v, index);
        if (!reads.isEmpty() && (readIndex.isEmpty() || !readIndex.get().same(index))) {
            moves.add(new Move(v, Move.Step.BROADCAST, null, "read at other indices too"));
            moves.add(new Move(v, Move.Step.GATHER, index, written));
        } else if (!reads.isEmpty()) {
            moves.add(new Move(v, Move.Step.SCATTER, index, "read at " + at(v, index)));
            moves.add(new Move(v, Move.Step.GATHER, index, written));
        } else if (writes.stream().anyMatch(w -> w.role() == ArrayAccess.Role.UPDATE)) {
            moves.add(new Move(v, Move.Step.SCATTER, index, "updated at " + at(v, index) + ", which reads the old value"));
            moves.add(new Move(v, Move.Step.GATHER, index, written));
        } else if (v.shape() == OutsideValue.Shape.ARRAY && WriteCoverage.coversBlock(writes, m)) {
            moves.add(new Move(v, Move.Step.GATHER, index, written + " by every iteration"));
        } else if (!v.field() && DefaultFilled.atLoopStart(v.name(), m.loop())) {
            moves.add(new Move(v, Move.Step.GATHER, index, written + "; created just before the loop, so every rank starts "
                    + "from the same zeros"));
        } else {
            moves.add(new Move(v, Move.Step.SCATTER, index, "a write may leave " + (rows.isEmpty() ? "elements" : "elements of rows")
                    + " of the block unwritten, which must come back as they were"));
            moves.add(new Move(v, Move.Step.GATHER, index, written));
        }
    }

    /** The affine test's lane for the array, when every access lies in it and the ranks can compute it. */
    private static Optional<BlockIndex> lane(LoopModel m, OutsideValue v, List<ArrayAccess> all, String distributed,
                                             Set<String> scalars, Set<String> constants) {
        int maxIndices = v.shape() == OutsideValue.Shape.ROWS ? 2 : 1;
        if (all.isEmpty() || m.inner() != null || all.stream().anyMatch(a -> a.role() == ArrayAccess.Role.WHOLE
                || a.indices().isEmpty() || a.indices().size() > maxIndices)) {
            return Optional.empty();
        }
        AffineDependence.Lane lane = m.lanes().get(all.get(0).key());
        return lane == null ? Optional.empty() : BlockIndex.lane(lane, distributed, scalars, constants);
    }

    /** {@code a[i]}, {@code a[i][...]} for explain. */
    private static String at(OutsideValue v, BlockIndex index) {
        return v.name() + "[" + index.text() + "]" + (v.shape() == OutsideValue.Shape.ROWS ? "[...]" : "");
    }

    /** The one block index all these accesses share, with the right number of indices for the value; empty if none. */
    private static Optional<BlockIndex> common(List<ArrayAccess> accesses, OutsideValue v, String distributed, Set<String> scalars,
                                               Set<String> constants) {
        BlockIndex shared = null;
        int maxIndices = v.shape() == OutsideValue.Shape.ROWS ? 2 : 1;
        for (ArrayAccess a : accesses) {
            if (a.role() == ArrayAccess.Role.WHOLE || a.indices().isEmpty() || a.indices().size() > maxIndices) {
                return Optional.empty();
            }
            Optional<BlockIndex> b = BlockIndex.of(a.indices().get(0), distributed, scalars, constants);
            if (b.isEmpty() || (shared != null && !shared.same(b.get()))) {
                return Optional.empty();
            }
            shared = b.get();
        }
        return Optional.ofNullable(shared);
    }

    /** The accesses of a value by element or whole (reads through another object's field are that object's). */
    private static List<ArrayAccess> accesses(LoopModel m, OutsideValue v) {
        return m.accesses().stream().filter(a -> a.array().equals(v.name()) && !a.key().startsWith("path:")).toList();
    }
}
