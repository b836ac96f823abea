package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.List;
import java.util.Map;

/**
 * Everything jpar learnt about one loop: its canonical form, what its iterations read, write and call, and
 * the reductions it infers. Checks turn the facts into refusals; the planner and emitter use the rest.
 *
 * @param loop           the loop statement
 * @param method         the method it is in
 * @param collapse       1, or 2 for a collapsed pair of loops
 * @param outer          the canonical form of the loop; null when it has none
 * @param inner          the collapsed inner loop; null unless collapse is 2 and it is canonical
 * @param body           what one iteration runs (the inner loop's body under collapse); null when not canonical
 * @param notCanonical   why the loop (or its limit or step) does not have the canonical form
 * @param collapseProblems why collapse = 2 does not apply
 * @param writes         assignments of variables and fields in the body
 * @param accesses       accesses to shared arrays
 * @param unknownArrays  element writes to arrays jpar cannot name
 * @param reductions     inferred reductions, scalar and array
 * @param notReductions  writes of method locals that are neither reductions nor private to the iteration
 * @param skipped        short-circuit reductions whose operand has effects the sequential loop skips
 * @param updates        locals of the method the body changes only by reduction-shaped updates (with the other
 *                       reads of each): the reduction checks judge their operators and reads
 * @param calls          the calls the body makes
 * @param captured       method locals read by the body that the generated class must copy
 * @param untyped        uses of variables whose type the generated code must name and jpar cannot ({@code var} it
 *                       cannot resolve)
 * @param privates       locals of the method private to each iteration (each iteration assigns them first)
 * @param affine         for arrays (by {@link ArrayAccess#key()}) that the index forms leave open: what the affine
 *                       dependence test found, a proof that no two iterations meet or the pair that may
 * @param lanes          for written arrays (by key) whose accesses the affine test proves apart in their first index:
 *                       the lane each iteration owns there (what a CLUSTER job moves)
 * @param ownObjects     objects the iteration created and no other reaches whose fields the body writes, as written
 *                       ({@code v}, {@code c[0]}): private by escape analysis ({@link Freshness})
 * @param elementPaths   reads of fields the loop writes in the elements of an array ({@code p[i].x}) by another
 *                       way than that array ({@link ElementFields})
 * @param scratch        scratch objects ({@code Vec t = new Vec();} before the loop, a temporary of every iteration),
 *                       each block's own, and the locals whose fields the loop writes that are none
 * @param reducingCalls  calls of methods whose only shared writes are updates of the loop's field reductions
 * @param inductions     derived induction variables ({@code row[k++]}): private, each iteration starts them from
 *                       their closed form ({@link Induction#start})
 */
public record LoopModel(ForStmt loop, CallableDeclaration<?> method, int collapse, CanonicalLoop outer, CanonicalLoop inner,
                        Node body, List<Finding> notCanonical, List<CollapseProblem> collapseProblems, List<ScalarWrite> writes,
                        List<ArrayAccess> accesses, List<Finding> unknownArrays, List<Reduction> reductions,
                        List<NonReductionWrite> notReductions, List<SkippedEvaluation> skipped, List<ReductionUpdates> updates,
                        List<CallFact> calls, List<Captured> captured, List<Node> untyped,
                        List<Privatized> privates, Map<String, AffineDependence.Verdict> affine,
                        Map<String, AffineDependence.Lane> lanes, List<String> ownObjects,
                        List<ElementFieldPath> elementPaths, List<Induction> inductions, ScratchObjects.Result scratch,
                        List<ReducingCall> reducingCalls) {

    /** A model of a loop that is not canonical: nothing else was analysed. */
    static LoopModel notCanonical(ForStmt loop, CallableDeclaration<?> method, int collapse, CanonicalLoop outer,
                                  List<Finding> notCanonical, List<CollapseProblem> collapseProblems) {
        return new LoopModel(loop, method, collapse, outer, null, null, notCanonical, collapseProblems, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(),
                Map.of(), List.of(), List.of(), List.of(), new ScratchObjects.Result(List.of(), List.of()), List.of());
    }

    /** The affine test's proof that the array of {@code key} is touched by one iteration per element; null if none. */
    public String disjoint(String key) {
        AffineDependence.Verdict v = affine.get(key);
        return v != null && v.disjoint() ? v.proof() : null;
    }

    public boolean analysed() {
        return body != null;
    }
}
