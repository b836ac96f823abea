package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.LoopScope;
import io.jpar.processor.analysis.Privatized;
import java.util.ArrayList;
import java.util.List;

/**
 * A CLUSTER loop with a private local that code after the loop reads ({@code lastprivate}): the last iteration
 * may run on another rank, and a cluster job brings back reductions and gathered arrays, not locals.
 */
public final class LastValueOnRanks implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        for (Privatized p : loop.privates()) {
            if (!p.last()) {
                continue;
            }
            Node at = LoopScope.firstAssignment(loop.body(), p.name());
            int line = Lines.line(at);
            int column = Lines.column(at);
            out.add(new Refusal(getClass().getSimpleName(), line, column, p.name() + " is read after the loop, which "
                    + "needs the value the last iteration left in it; that iteration may run on another rank of the "
                    + "cluster job, which sends back only reductions and arrays",
                    "write the value into an array element in the loop, or use target = CPU"));
        }
        return out;
    }
}
