package io.jpar.processor.emit.gpu.opencl;

import io.jpar.processor.analysis.Ast;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.jpar.processor.analysis.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java expressions as OpenCL C with Java's semantics: int and long arithmetic wraps, shift counts are masked,
 * integer division needs a divisor proven non-zero, floating to integer casts saturate (NaN gives 0), compound
 * assignments narrow as Java's do. Each result is parenthesized unless it is a name, literal, call or element,
 * so the translation never depends on C's precedence.
 */
final class ExpressionTranslator {

    private final KernelContext ctx;
    private final Scope scope;
    private final Operands operands;

    ExpressionTranslator(KernelContext ctx, Scope scope, String function) {
        this.ctx = ctx;
        this.scope = scope;
        this.operands = new Operands(ctx, scope, function, this);
    }

    /** See {@link Operands#row}. */
    Optional<String[]> row(Expression init) {
        return operands.row(init);
    }

    ClExpr translate(Expression e) {
        ClExpr r = translateRaw(e);
        ctx.use(r.javaType());
        return r;
    }

    /** An expression evaluated as a statement: increments and compound assignments need no value. */
    String statement(Expression e) {
        if (e instanceof UnaryExpr u && u.getOperator() != null && increment(u.getOperator()) != null) {
            return increment(u, true).text();
        }
        return translate(e).text();
    }

    private ClExpr translateRaw(Expression e) {
        if (e instanceof EnclosedExpr en) {
            ClExpr in = translate(en.getInner());
            return new ClExpr(Operands.paren(in.text()), in.javaType());
        }
        if (e instanceof IntegerLiteralExpr i) {
            return new ClExpr(Constants.intLiteral(i.asNumber().longValue()), "int");
        }
        if (e instanceof LongLiteralExpr l) {
            return new ClExpr(Constants.longLiteral(l.asNumber().longValue()), "long");
        }
        if (e instanceof DoubleLiteralExpr d) {
            String v = d.getValue().replace("_", "");
            if (v.endsWith("f") || v.endsWith("F")) {
                return new ClExpr(Constants.floatLiteral(Float.parseFloat(v)), "float");
            }
            return new ClExpr(Constants.doubleLiteral(Double.parseDouble(v)), "double");
        }
        if (e instanceof CharLiteralExpr c) {
            return new ClExpr(Integer.toString(c.asChar()), "char");
        }
        if (e instanceof BooleanLiteralExpr b) {
            return new ClExpr(b.getValue() ? "true" : "false", "boolean");
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS && u.getExpression() instanceof IntegerLiteralExpr i) {
            return new ClExpr(Constants.intLiteral(-i.asNumber().longValue()), "int");
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS && u.getExpression() instanceof LongLiteralExpr l) {
            long v = l.asNumber().longValue();
            return new ClExpr(Constants.longLiteral(v == Long.MIN_VALUE ? v : -v), "long");
        }
        if (e instanceof NameExpr n) {
            return operands.name(n, false);
        }
        if (e instanceof FieldAccessExpr f) {
            return operands.fieldAccess(f);
        }
        if (e instanceof ArrayAccessExpr a) {
            return operands.element(a, false);
        }
        if (e instanceof BinaryExpr b) {
            return binary(b);
        }
        if (e instanceof UnaryExpr u) {
            return unary(u);
        }
        if (e instanceof AssignExpr a) {
            return assign(a);
        }
        if (e instanceof ConditionalExpr c) {
            ClExpr cond = translate(c.getCondition());
            ClExpr t = translate(c.getThenExpr());
            ClExpr f = translate(c.getElseExpr());
            String type = t.javaType().equals(f.javaType()) ? t.javaType()
                    : ClType.numeric(t.javaType()) && ClType.numeric(f.javaType()) ? ClType.promoted(t.javaType(), f.javaType()) : null;
            if (type == null) {
                throw new Untranslatable(GpuConstruct.TYPE, c, "the conditional expression `" + c + "` at line " + Lines.line(c)
                        + " mixes " + t.javaType() + " and " + f.javaType());
            }
            return new ClExpr("(" + cond.text() + " ? " + MathFunctions.convert(t, type) + " : " + MathFunctions.convert(f, type) + ")", type);
        }
        if (e instanceof CastExpr c) {
            return cast(c);
        }
        if (e instanceof MethodCallExpr m) {
            return call(m);
        }
        throw refusal(e);
    }

    /** Why an expression of a kind the kernel cannot have is refused. */
    private Untranslatable refusal(Expression e) {
        int line = Lines.line(e);
        String text = "`" + shortText(e) + "` at line " + line;
        if (e instanceof ObjectCreationExpr || e instanceof ArrayCreationExpr || e instanceof ArrayInitializerExpr) {
            return new Untranslatable(GpuConstruct.ALLOCATION, e, "allocation " + text + " cannot run in a GPU kernel");
        }
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return new Untranslatable(GpuConstruct.OBJECT_USE, e, "the string " + text + " cannot be used in a GPU kernel");
        }
        if (e instanceof ThisExpr || e instanceof SuperExpr || e instanceof NullLiteralExpr || e instanceof InstanceOfExpr) {
            return new Untranslatable(GpuConstruct.OBJECT_USE, e, "the object expression " + text + " cannot be used in a GPU kernel");
        }
        if (e instanceof LambdaExpr || e instanceof MethodReferenceExpr) {
            return new Untranslatable(GpuConstruct.OBJECT_USE, e, "the lambda " + text + " cannot be used in a GPU kernel");
        }
        return new Untranslatable(GpuConstruct.STATEMENT, e, "the expression " + text + " cannot be translated to OpenCL C");
    }

    static String shortText(Node n) {
        String s = n.toString().replaceAll("\\s+", " ");
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    // ---- operators

    private ClExpr binary(BinaryExpr b) {
        ClExpr l = translate(b.getLeft());
        ClExpr r = translate(b.getRight());
        String lt = l.javaType();
        String rt = r.javaType();
        BinaryExpr.Operator op = b.getOperator();
        if (!ClType.primitive(lt) || !ClType.primitive(rt)) {
            throw new Untranslatable(GpuConstruct.OBJECT_USE, b, "`" + shortText(b) + "` at line " + Lines.line(b) + " is not an operation on primitive values");
        }
        switch (op) {
            case OR, AND -> {
                return new ClExpr("(" + l.text() + " " + op.asString() + " " + r.text() + ")", "boolean");
            }
            case EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> {
                return new ClExpr("(" + l.text() + " " + op.asString() + " " + r.text() + ")", "boolean");
            }
            case BINARY_AND, BINARY_OR, XOR -> {
                String t = lt.equals("boolean") ? "boolean" : ClType.promoted(lt, rt);
                return new ClExpr("(" + l.text() + " " + op.asString() + " " + r.text() + ")", t);
            }
            case LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> {
                return shift(op, l, r);
            }
            default -> {
                return arithmetic(op, l, r, b, b.getRight());
            }
        }
    }

    private ClExpr arithmetic(BinaryExpr.Operator op, ClExpr l, ClExpr r, Node at, Expression divisor) {
        String t = ClType.promoted(l.javaType(), r.javaType());
        String a = MathFunctions.convert(l, t);
        String b = MathFunctions.convert(r, t);
        boolean integral = ClType.integral(t);
        String p = t.equals("int") ? "jpar_i" : "jpar_l";
        return switch (op) {
            case PLUS -> integral ? new ClExpr(ctx.helpers.use(p + "add") + "(" + a + ", " + b + ")", t) : infix(a, "+", b, t);
            case MINUS -> integral ? new ClExpr(ctx.helpers.use(p + "sub") + "(" + a + ", " + b + ")", t) : infix(a, "-", b, t);
            case MULTIPLY -> integral ? new ClExpr(ctx.helpers.use(p + "mul") + "(" + a + ", " + b + ")", t) : infix(a, "*", b, t);
            case DIVIDE, REMAINDER -> integral ? division(op, a, b, t, at, divisor) : op == BinaryExpr.Operator.DIVIDE ? infix(a, "/", b, t)
                    : new ClExpr("fmod(" + a + ", " + b + ")", t);
            default -> throw new Untranslatable(GpuConstruct.STATEMENT, at, "the operator " + op.asString() + " at line " + Lines.line(at)
                    + " cannot be translated");
        };
    }

    private static ClExpr infix(String a, String op, String b, String t) {
        return new ClExpr("(" + a + " " + op + " " + b + ")", t);
    }

    /**
     * Integer / and %: C's truncate like Java's, but a zero divisor is undefined in C (Java throws) and
     * MIN_VALUE / -1 traps on some devices (Java wraps): a divisor not proven non-zero goes through a helper that
     * sets the fault buffer (the runtime throws ArithmeticException) and returns 0, which nothing reads.
     */
    private ClExpr division(BinaryExpr.Operator op, String a, String b, String t, Node at, Expression divisor) {
        Optional<Long> literal = divisor == null ? Optional.empty() : RangeProofs.literal(divisor);
        boolean divide = op == BinaryExpr.Operator.DIVIDE;
        if (literal.isPresent() && literal.get() == -1) {
            return divide ? new ClExpr(ctx.helpers.use(t.equals("int") ? "jpar_ineg" : "jpar_lneg") + "(" + a + ")", t)
                    : new ClExpr("(" + a + ", (" + ClType.local(t) + ") 0)", t);
        }
        if ((literal.isPresent() && literal.get() != 0) || (divisor != null && RangeProofs.positiveIndex(divisor))) {
            return infix(a, divide ? "/" : "%", b, t);
        }
        String helper = ctx.helpers.use((t.equals("int") ? "jpar_i" : "jpar_l") + (divide ? "div" : "rem"));
        return new ClExpr(helper + "(" + a + ", " + b + ", jpar_fault)", t);
    }

    private ClExpr shift(BinaryExpr.Operator op, ClExpr l, ClExpr r) {
        String t = ClType.promoted(l.javaType());
        String count = "(int) " + r.text();
        String a = MathFunctions.convert(l, t);
        String p = t.equals("int") ? "jpar_i" : "jpar_l";
        return switch (op) {
            case LEFT_SHIFT -> new ClExpr(ctx.helpers.use(p + "shl") + "(" + a + ", " + count + ")", t);
            case UNSIGNED_RIGHT_SHIFT -> new ClExpr(ctx.helpers.use(p + "ushr") + "(" + a + ", " + count + ")", t);
            default -> new ClExpr("(" + a + " >> (" + r.text() + " & " + (t.equals("int") ? "31" : "63") + "))", t);
        };
    }

    private ClExpr unary(UnaryExpr u) {
        UnaryExpr.Operator op = u.getOperator();
        if (increment(op) != null) {
            return increment(u, false);
        }
        ClExpr x = translate(u.getExpression());
        String t = ClType.promoted(x.javaType());
        return switch (op) {
            case PLUS -> new ClExpr(MathFunctions.convert(x, t), t);
            case MINUS -> ClType.integral(t)
                    ? new ClExpr(ctx.helpers.use(t.equals("int") ? "jpar_ineg" : "jpar_lneg") + "(" + MathFunctions.convert(x, t) + ")", t)
                    : new ClExpr("(-" + x.text() + ")", t);
            case LOGICAL_COMPLEMENT -> new ClExpr("(!" + x.text() + ")", "boolean");
            case BITWISE_COMPLEMENT -> new ClExpr("(~" + MathFunctions.convert(x, t) + ")", t);
            default -> throw new Untranslatable(GpuConstruct.STATEMENT, u, "`" + u + "` at line " + Lines.line(u) + " cannot be translated");
        };
    }

    private static String increment(UnaryExpr.Operator op) {
        return switch (op) {
            case PREFIX_INCREMENT, POSTFIX_INCREMENT -> "+";
            case PREFIX_DECREMENT, POSTFIX_DECREMENT -> "-";
            default -> null;
        };
    }

    /** {@code x++} as {@code x = x + 1} with Java's wrapping; as a value, the old value for postfix forms. */
    private ClExpr increment(UnaryExpr u, boolean statement) {
        String sign = increment(u.getOperator());
        if (sideEffects(u.getExpression())) {
            throw new Untranslatable(GpuConstruct.STATEMENT, u, "`" + shortText(u) + "` at line " + Lines.line(u)
                    + " updates an element whose index has side effects; compute the index into a local first");
        }
        ClExpr target = lvalue(u.getExpression(), true);
        String t = target.javaType();
        String updated = compoundValue(sign, target, new ClExpr("1", "int"), u);
        String assign = target.text() + " = " + updated;
        if (statement) {
            return new ClExpr(assign, t);
        }
        if (u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT) {
            return new ClExpr("(" + assign + ")", t);
        }
        // the old value, recomputed from the new one: exact for integers (wrapping) and needed rarely
        if (ClType.floating(t)) {
            return new ClExpr("(" + target.text() + (sign.equals("+") ? "++" : "--") + ")", t);
        }
        String back = compoundValue(sign.equals("+") ? "-" : "+", new ClExpr("(" + assign + ")", t), new ClExpr("1", "int"), u);
        return new ClExpr(back, t);
    }

    private ClExpr assign(AssignExpr a) {
        AssignExpr.Operator op = a.getOperator();
        boolean plain = op == AssignExpr.Operator.ASSIGN;
        ClExpr target = lvalue(a.getTarget(), !plain);
        ClExpr value = translate(a.getValue());
        if (plain) {
            return new ClExpr("(" + target.text() + " = " + assignConvert(value, target.javaType(), a) + ")", target.javaType());
        }
        String sign = switch (op) {
            case PLUS -> "+";
            case MINUS -> "-";
            case MULTIPLY -> "*";
            case DIVIDE -> "/";
            case REMAINDER -> "%";
            case BINARY_AND -> "&";
            case BINARY_OR -> "|";
            case XOR -> "^";
            case LEFT_SHIFT -> "<<";
            case SIGNED_RIGHT_SHIFT -> ">>";
            case UNSIGNED_RIGHT_SHIFT -> ">>>";
            default -> throw new Untranslatable(GpuConstruct.STATEMENT, a, "`" + a + "` cannot be translated");
        };
        String t = target.javaType();
        // floating += of the same type, and bitwise operators, are the same in C: keep them readable
        boolean same = (ClType.floating(t) && ClType.promoted(t, value.javaType()).equals(t) && "+-*/".contains(sign))
                || ("&|^".contains(sign) && (t.equals("boolean") || ClType.promoted(t, value.javaType()).equals(t)));
        if (same) {
            return new ClExpr("(" + target.text() + " " + sign + "= " + value.text() + ")", t);
        }
        if (sideEffects(a.getTarget())) {
            throw new Untranslatable(GpuConstruct.STATEMENT, a, "the compound assignment `" + shortText(a) + "` at line " + Lines.line(a)
                    + " has an index with side effects; compute the index into a local first");
        }
        return new ClExpr("(" + target.text() + " = " + compoundValue(sign, target, value, a) + ")", t);
    }

    /** {@code (T) (x op v)}: the value of Java's {@code x op= v}, narrowed to x's type as Java does. */
    private String compoundValue(String sign, ClExpr target, ClExpr value, Node at) {
        ClExpr result;
        if (sign.equals("<<") || sign.equals(">>") || sign.equals(">>>")) {
            BinaryExpr.Operator op = sign.equals("<<") ? BinaryExpr.Operator.LEFT_SHIFT
                    : sign.equals(">>") ? BinaryExpr.Operator.SIGNED_RIGHT_SHIFT : BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT;
            result = shift(op, target, value);
        } else if ("&|^".contains(sign)) {
            result = new ClExpr("(" + target.text() + " " + sign + " " + value.text() + ")", ClType.promoted(target.javaType(), value.javaType()));
        } else {
            BinaryExpr.Operator op = switch (sign) {
                case "+" -> BinaryExpr.Operator.PLUS;
                case "-" -> BinaryExpr.Operator.MINUS;
                case "*" -> BinaryExpr.Operator.MULTIPLY;
                case "/" -> BinaryExpr.Operator.DIVIDE;
                default -> BinaryExpr.Operator.REMAINDER;
            };
            Expression divisor = at instanceof AssignExpr a ? a.getValue() : null;
            result = arithmetic(op, target, value, at, divisor);
        }
        return convertTo(result, target.javaType()).text();
    }

    /** Java's assignment conversion: widening is implicit in C too; constants narrowed by javac are in range. */
    private static String assignConvert(ClExpr value, String type, Node at) {
        if (!ClType.primitive(value.javaType()) || !ClType.primitive(type)) {
            throw new Untranslatable(GpuConstruct.OBJECT_USE, at, "`" + shortText(at) + "` at line " + Lines.line(at) + " assigns an object");
        }
        return value.text();
    }

    /** A cast to {@code type} with Java's semantics. */
    private ClExpr convertTo(ClExpr x, String type) {
        String from = x.javaType();
        if (from.equals(type)) {
            return x;
        }
        if (ClType.floating(from) && ClType.integral(type)) {
            // Java saturates and maps NaN to 0, as OpenCL's _sat conversions do; byte, short, char go through int
            if (type.equals("long")) {
                return new ClExpr("convert_long_sat(" + x.text() + ")", type);
            }
            String viaInt = "convert_int_sat(" + x.text() + ")";
            return new ClExpr(type.equals("int") ? viaInt : "((" + ClType.local(type) + ") " + viaInt + ")", type);
        }
        if (type.equals("boolean") || from.equals("boolean")) {
            return x;
        }
        return new ClExpr("((" + ClType.local(type) + ") " + x.text() + ")", type);
    }

    private ClExpr cast(CastExpr c) {
        String type = c.getType().asString();
        ClExpr x = translate(c.getExpression());
        if (!ClType.primitive(type) || !ClType.primitive(x.javaType())) {
            throw new Untranslatable(GpuConstruct.OBJECT_USE, c, "the cast `" + shortText(c) + "` at line " + Lines.line(c) + " is not between primitive types");
        }
        return convertTo(x, type);
    }

    /** The target of an assignment: a local or an array element. */
    ClExpr lvalue(Expression e, boolean alsoRead) {
        Expression x = Ast.unwrap(e);
        if (x instanceof NameExpr n) {
            ClExpr r = operands.name(n, true);
            if (!scope.type(n.getNameAsString()).isPresent()) {
                throw new Untranslatable(GpuConstruct.OBJECT_USE, e, "`" + n + "` written at line " + Lines.line(e) + " is not a local of the kernel");
            }
            return r;
        }
        if (x instanceof ArrayAccessExpr a) {
            ClExpr r = operands.element(a, true);
            if (alsoRead) {
                operands.element(a, false);
            }
            return r;
        }
        throw new Untranslatable(GpuConstruct.OBJECT_USE, e, "the assignment to `" + shortText(e) + "` at line " + Lines.line(e) + " cannot be translated");
    }

    private static boolean sideEffects(Expression target) {
        return !target.findAll(AssignExpr.class).isEmpty() || target.findAll(UnaryExpr.class).stream()
                .anyMatch(u -> increment(u.getOperator()) != null);
    }

    // ---- calls

    private ClExpr call(MethodCallExpr m) {
        List<ClExpr> args = new ArrayList<>();
        String scopeText = m.getScope().map(Object::toString).orElse(null);
        if (scopeText != null && (scopeText.equals("Math") || scopeText.equals("StrictMath") || scopeText.equals("java.lang.Math")
                || scopeText.equals("java.lang.StrictMath"))) {
            for (Expression a : m.getArguments()) {
                args.add(translate(a));
            }
            ClExpr r = MathFunctions.call(m.getNameAsString(), args, ctx.helpers);
            if (r == null) {
                throw new Untranslatable(GpuConstruct.CALL, m, "the call `" + shortText(m) + "` at line " + Lines.line(m)
                        + " has no OpenCL translation in jpar");
            }
            return r;
        }
        return ctx.functions.call(m, this);
    }
}
