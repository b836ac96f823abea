package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recognises {@code for (T i = first; i REL limit; update)} with an int or long index declared in the loop (or
 * {@code for (i = first; ...)} with a local {@code i} of the method declared before it),
 * a relation {@code < <= > >=} (either operand order), an update {@code i++ ++i i-- --i i += c i -= c i = i + c
 * i = c + i i = i - c} and a limit and step that do not change while the loop runs.
 */
public final class CanonicalForm {

    private static final String SHAPE = "jpar splits loops of the form for (int i = first; i < limit; i++) "
            + "(or <=, >, >=; i--, i += step, i -= step)";

    private CanonicalForm() {
    }

    /** The canonical loop, or why {@code f} is not one. */
    public static Result of(ForStmt f) {
        if (f.getInitialization().isEmpty()) {
            return refuse(f, "the for loop at line " + Lines.line(f) + " declares no index", "declare the index in the loop; " + SHAPE);
        }
        Expression init = f.getInitialization().get(0);
        VariableDeclarator index;
        Expression first;
        if (f.getInitialization().size() == 1 && init instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN
                && Ast.unwrap(a.getTarget()) instanceof NameExpr target) {
            // for (i = first; ...) with i a local of the method declared before the loop
            Optional<Node> declared = Scopes.declaration(target.getNameAsString(), target);
            if (declared.isEmpty() || !(declared.get() instanceof VariableDeclarator v)) {
                return refuse(init, "the index " + target + " of the loop at line " + Lines.line(f) + " is "
                        + (declared.isEmpty() ? "a field" : "a parameter") + ", which the loop would change for the whole method",
                        "declare it in the loop: for (int i = ...); " + SHAPE);
            }
            index = v;
            first = a.getValue();
        } else if (f.getInitialization().size() > 1 || !(init instanceof VariableDeclarationExpr decl)) {
            return refuse(init, "the loop at line " + Lines.line(f) + " does not declare its index in its initializer",
                    "declare it in the loop: for (int i = ...); " + SHAPE);
        } else if (decl.getVariables().size() != 1) {
            String names = decl.getVariables().stream().map(VariableDeclarator::getNameAsString).collect(Collectors.joining(", "));
            return refuse(decl, "the loop at line " + Lines.line(f) + " declares several indices (" + names + ")",
                    "jpar needs exactly one index; compute the others from it in the body");
        } else {
            index = decl.getVariable(0);
            if (index.getInitializer().isEmpty()) {
                return refuse(index, "the index " + index.getNameAsString() + " has no initial value", SHAPE);
            }
            first = index.getInitializer().get();
        }
        String name = index.getNameAsString();
        String type = index.getType().isVarType() ? varType(index) : index.getType().asString();
        if (!type.equals("int") && !type.equals("long")) {
            return refuse(index, "the index " + name + " of the loop at line " + Lines.line(f) + " is a " + type,
                    "use an int or long index");
        }

        if (f.getCompare().isEmpty()) {
            return refuse(f, "the loop at line " + Lines.line(f) + " has no condition", "give it one: " + SHAPE);
        }
        Expression compare = Ast.unwrap(f.getCompare().get());
        Relation relation = compare instanceof BinaryExpr b ? relation(b.getOperator()) : null;
        if (relation == null) {
            return refuse(compare, "the condition " + compare + " of the loop at line " + Lines.line(f)
                    + " is not a comparison of " + name + " with <, <=, > or >=", SHAPE);
        }
        BinaryExpr cmp = (BinaryExpr) compare;
        Expression limit;
        if (isName(cmp.getLeft(), name) && !mentions(cmp.getRight(), name)) {
            limit = cmp.getRight();
        } else if (isName(cmp.getRight(), name) && !mentions(cmp.getLeft(), name)) {
            limit = cmp.getLeft();
            relation = relation.flipped();
        } else {
            return refuse(compare, "the condition " + compare + " of the loop at line " + Lines.line(f)
                    + " does not compare the index " + name + " with a limit", SHAPE);
        }

        if (f.getUpdate().size() != 1) {
            return refuse(f, "the loop at line " + Lines.line(f) + (f.getUpdate().isEmpty() ? " has no update" : " has several updates"),
                    SHAPE);
        }
        Expression update = f.getUpdate().get(0);
        Optional<String> step = step(Ast.unwrap(update), name);
        if (step.isEmpty()) {
            return refuse(update, "the update " + update + " of the loop at line " + Lines.line(f)
                    + " does not add a constant step to " + name, SHAPE);
        }
        Optional<Long> literal = literalValue(step.get());
        if (literal.isPresent() && (literal.get() == 0 || (literal.get() > 0) != relation.up())) {
            return refuse(update, "the loop at line " + Lines.line(f) + " counts " + (literal.get() > 0 ? "up" : "down")
                    + " (" + update + ") but its condition " + compare + " needs it to count "
                    + (relation.up() ? "up" : "down"), "fix the condition or the update");
        }
        return new Result(new CanonicalLoop(f, index, JavaType.of(type), first, relation, limit, step.get(), update.toString()), null);
    }

    /** The type a {@code var} index stands for; the solver may fail, then the loop is refused as not int/long. */
    private static String varType(VariableDeclarator index) {
        try {
            return index.resolve().getType().describe();
        } catch (RuntimeException | StackOverflowError e) {
            return "var";
        }
    }

    /** The signed step of an update of {@code name}, as Java source. */
    private static Optional<String> step(Expression u, String name) {
        if (u instanceof UnaryExpr un && isName(un.getExpression(), name)) {
            return switch (un.getOperator()) {
                case POSTFIX_INCREMENT, PREFIX_INCREMENT -> Optional.of("1");
                case POSTFIX_DECREMENT, PREFIX_DECREMENT -> Optional.of("-1");
                default -> Optional.empty();
            };
        }
        if (u instanceof AssignExpr a && isName(a.getTarget(), name)) {
            Expression v = a.getValue();
            if (mentions(v, name) && a.getOperator() != AssignExpr.Operator.ASSIGN) {
                return Optional.empty();
            }
            switch (a.getOperator()) {
                case PLUS:
                    return Optional.of(v.toString());
                case MINUS:
                    return Optional.of(negate(v));
                case ASSIGN:
                    if (Ast.unwrap(v) instanceof BinaryExpr b) {
                        if (b.getOperator() == BinaryExpr.Operator.PLUS && isName(b.getLeft(), name) && !mentions(b.getRight(), name)) {
                            return Optional.of(b.getRight().toString());
                        }
                        if (b.getOperator() == BinaryExpr.Operator.PLUS && isName(b.getRight(), name) && !mentions(b.getLeft(), name)) {
                            return Optional.of(b.getLeft().toString());
                        }
                        if (b.getOperator() == BinaryExpr.Operator.MINUS && isName(b.getLeft(), name) && !mentions(b.getRight(), name)) {
                            return Optional.of(negate(b.getRight()));
                        }
                    }
                    return Optional.empty();
                default:
                    return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The step expression of a canonical loop's update (for invariance checks); empty for {@code i++}. */
    public static Optional<Expression> stepExpression(CanonicalLoop c) {
        Expression u = Ast.unwrap(c.loop().getUpdate().get(0));
        if (u instanceof AssignExpr a) {
            if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
                return Optional.of(a.getValue());
            }
            BinaryExpr b = (BinaryExpr) Ast.unwrap(a.getValue());
            return Optional.of(isName(b.getLeft(), c.name()) ? b.getRight() : b.getLeft());
        }
        return Optional.empty();
    }

    private static String negate(Expression v) {
        Expression e = Ast.unwrap(v);
        if ((e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof NameExpr) && !e.toString().startsWith("-")) {
            return "-" + e;
        }
        return "-(" + v + ")";
    }

    private static Optional<Long> literalValue(String step) {
        String s = step.replace("(", "").replace(")", "").replace("_", "");
        if (s.endsWith("L") || s.endsWith("l")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Relation relation(BinaryExpr.Operator op) {
        return switch (op) {
            case LESS -> Relation.LT;
            case LESS_EQUALS -> Relation.LE;
            case GREATER -> Relation.GT;
            case GREATER_EQUALS -> Relation.GE;
            default -> null;
        };
    }

    static boolean isName(Expression e, String name) {
        return Ast.unwrap(e) instanceof NameExpr n && n.getNameAsString().equals(name);
    }

    static boolean mentions(Expression e, String name) {
        return e.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name));
    }

    private static Result refuse(com.github.javaparser.ast.Node at, String what, String fix) {
        return new Result(null, new Finding(at, what, fix));
    }

    /** Either a canonical loop or the reason it is not one. */
    public record Result(CanonicalLoop loop, Finding problem) {
        public boolean ok() {
            return loop != null;
        }
    }
}
