package io.jpar.processor.check;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.jpar.processor.analysis.CallFact;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.Scratch;
import io.jpar.processor.analysis.ScratchObjects;
import java.util.List;

/**
 * The body calls a method that writes state shared between iterations: a field, an array it did not create, or an
 * object from outside the loop that a JDK method changes ({@code list.add}, {@code random.nextInt}).
 */
public final class UnsafeCall implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.calls().stream()
                .filter(c -> c.verdict() == CallFact.Verdict.UNSAFE)
                .map(c -> new Refusal(getClass().getSimpleName(), c.line(), c.node().getBegin().map(p -> p.column).orElse(0),
                        c.callee() + " called at line " + c.line() + " " + c.detail() + notScratch(c, loop),
                        fix(c)))
                .toList();
    }

    /** When the call is on or hands a local made before the loop: why that is no scratch object of each thread's. */
    private static String notScratch(CallFact c, LoopModel loop) {
        if (!(c.node() instanceof MethodCallExpr m)) {
            return "";
        }
        List<Expression> objects = new java.util.ArrayList<>(m.getArguments());
        m.getScope().ifPresent(objects::add);
        for (Expression e : objects) {
            for (Scratch.Not not : loop.scratch().not()) {
                if (ScratchObjects.names(e, java.util.Set.of(not.declaration()))) {
                    return "; " + e + " is no scratch object that each thread could have a copy of: " + not.why();
                }
            }
        }
        return "";
    }

    private static String fix(CallFact c) {
        if (c.type() != null && (c.type().startsWith("java.") || c.type().startsWith("javax."))) {
            if (c.detail().contains("random generator") || c.type().contains("Random")) {
                return "give each iteration its own generator seeded from the index (new SplittableRandom(seed + i)),"
                        + " or draw the numbers into an array before the loop";
            }
            return "collect per iteration into an array (out[i] = ...) and combine after the loop, or use a reduction"
                    + " (sum += ...)";
        }
        // a method of this class or a static one, called bare: what jpar could reduce into fields from
        boolean bare = c.node() instanceof MethodCallExpr m && m.getScope().map(x -> x instanceof com.github.javaparser.ast.expr.ThisExpr)
                .orElse(true);
        String reduction = bare && c.detail() != null && java.util.regex.Pattern.compile("writes field [\\w$]+ at").matcher(c.detail()).find()
                ? "; a field that the method only updates with one operator (total += v) is reduced as the loop's own updates are"
                + " when the method is of the loop's class, no subclass can override it (static, private or final), and nothing"
                + " else in the loop or its calls reads the field" : "";
        return "a method called from a parallel loop must not write state shared between iterations; "
                + "move that write out of the loop, or remove @Parallel" + reduction;
    }
}
