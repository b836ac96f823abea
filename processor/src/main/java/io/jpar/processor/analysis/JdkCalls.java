package io.jpar.processor.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What jpar knows of JDK methods, whose code it does not read: which only compute from their arguments, which read
 * their receiver, and which change their receiver, an argument, or state of the whole JVM. A method that is not
 * listed is unknown; {@link CallAnalyzer} then decides by what the call is handed.
 */
public final class JdkCalls {

    /** What a known JDK method may change. */
    public enum Kind {
        /** Nothing: it computes from its arguments (and reads its receiver). */
        READS,
        /** Its receiver ({@code list.add}, {@code random.nextInt}, {@code builder.append}). */
        MUTATES_RECEIVER,
        /** The argument at {@link Effect#argument} ({@code System.arraycopy} into its third argument). */
        MUTATES_ARGUMENT,
        /** State of the whole JVM that other iterations see ({@code Math.random()}, {@code System.setProperty}). */
        GLOBAL
    }

    /** A known method's effect; {@code argument} is the changed argument's position for {@link Kind#MUTATES_ARGUMENT}. */
    public record Effect(Kind kind, int argument) {
        static final Effect READS = new Effect(Kind.READS, -1);
        static final Effect RECEIVER = new Effect(Kind.MUTATES_RECEIVER, -1);
        static final Effect GLOBAL = new Effect(Kind.GLOBAL, -1);

        static Effect argument(int position) {
            return new Effect(Kind.MUTATES_ARGUMENT, position);
        }
    }

    /** Classes whose methods all only compute (values, or immutable objects), apart from the exceptions below. */
    private static final Set<String> VALUE_CLASSES = Set.of("java.lang.Math", "java.lang.StrictMath", "java.lang.Integer",
            "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Character",
            "java.lang.Boolean", "java.lang.Number", "java.lang.String", "java.lang.CharSequence", "java.util.Objects",
            "java.math.BigInteger", "java.math.BigDecimal", "java.math.MathContext", "java.lang.Enum", "java.lang.Record",
            "java.util.Optional", "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble",
            "java.lang.Class", "java.time.Duration", "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime");

    /** Value classes' methods that are not: they fill an array argument, or draw from a generator all threads share. */
    private static final Map<String, Effect> VALUE_EXCEPTIONS = Map.of(
            "java.lang.String.getChars", Effect.argument(2),
            "java.lang.String.getBytes", Effect.argument(2),
            "java.lang.Math.random", Effect.GLOBAL,
            "java.lang.StrictMath.random", Effect.GLOBAL);

    /** Interfaces and classes of mutable containers and generators: their methods that change the receiver. */
    private static final Set<String> CONTAINERS = Set.of("java.util.Collection", "java.util.List", "java.util.AbstractList",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.Vector", "java.util.Stack", "java.util.Set",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.SortedSet", "java.util.NavigableSet",
            "java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.SortedMap",
            "java.util.NavigableMap", "java.util.Hashtable", "java.util.Queue", "java.util.Deque", "java.util.ArrayDeque",
            "java.util.PriorityQueue", "java.util.BitSet", "java.util.Iterator", "java.util.ListIterator",
            "java.util.AbstractCollection", "java.util.AbstractMap", "java.util.EnumMap", "java.util.IdentityHashMap",
            "java.util.WeakHashMap", "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentMap",
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.ConcurrentLinkedQueue",
            "java.lang.StringBuilder", "java.lang.StringBuffer", "java.lang.AbstractStringBuilder", "java.lang.Appendable",
            "java.util.Random", "java.util.SplittableRandom", "java.util.concurrent.ThreadLocalRandom",
            "java.util.random.RandomGenerator", "java.util.concurrent.atomic.AtomicInteger",
            "java.util.concurrent.atomic.AtomicLong", "java.util.concurrent.atomic.AtomicBoolean",
            "java.util.concurrent.atomic.AtomicReference", "java.util.concurrent.atomic.AtomicIntegerArray",
            "java.util.concurrent.atomic.AtomicLongArray", "java.util.concurrent.atomic.DoubleAdder",
            "java.util.concurrent.atomic.LongAdder", "java.util.concurrent.atomic.DoubleAccumulator",
            "java.util.concurrent.atomic.LongAccumulator");

    /** Method names that only read a container: anything else a container does is taken to change it. */
    private static final Set<String> CONTAINER_READS = Set.of("get", "size", "isEmpty", "contains", "containsAll",
            "containsKey", "containsValue", "indexOf", "lastIndexOf", "getOrDefault", "firstKey", "lastKey", "first", "last",
            "firstElement", "lastElement", "elementAt", "peek", "peekFirst", "peekLast", "element", "getFirst", "getLast",
            "floorKey", "ceilingKey", "lowerKey", "higherKey", "floor", "ceiling", "lower", "higher", "comparator",
            "toString", "hashCode", "equals", "length", "charAt", "codePointAt", "substring", "subSequence", "capacity",
            "compareTo", "chars", "toArray", "stream", "cardinality", "nextSetBit", "nextClearBit", "previousSetBit",
            "intValue", "longValue", "doubleValue", "sum", "getPlain", "getAcquire", "getOpaque", "forEach", "iterator",
            "listIterator", "spliterator", "descendingIterator", "keySet", "values", "entrySet", "navigableKeySet",
            "subList", "headMap", "tailMap", "subMap", "headSet", "tailSet", "descendingMap", "descendingSet",
            "parallelStream", "hasNext", "hasPrevious", "nextIndex", "previousIndex");

    private JdkCalls() {
    }

    /**
     * The effect of {@code type.method} (qualified class name, method name); empty when jpar does not know the method.
     */
    public static Optional<Effect> effect(String type, String method, int arguments) {
        String key = type + "." + method;
        Effect exception = VALUE_EXCEPTIONS.get(key);
        if (exception != null) {
            // String.getBytes() and getBytes(charset) return a new array; only the four-argument form fills one
            boolean fills = !method.equals("getBytes") || arguments == 4;
            return Optional.of(fills ? exception : Effect.READS);
        }
        if (VALUE_CLASSES.contains(type) || type.startsWith("java.util.stream.") || type.startsWith("java.util.function.")) {
            // a stream or a function object runs only code jpar analyses with the loop (its lambdas) on what it is given
            return Optional.of(Effect.READS);
        }
        if (type.equals("java.lang.Object")) {
            return switch (method) {
                case "hashCode", "equals", "toString", "getClass", "clone" -> Optional.of(Effect.READS);
                default -> Optional.empty();     // wait, notify: not something a parallel loop may do
            };
        }
        if (CONTAINERS.contains(type)) {
            if (type.equals("java.util.concurrent.ThreadLocalRandom") && method.equals("current")) {
                return Optional.of(Effect.READS);
            }
            if (method.equals("toArray") && arguments == 1) {
                return Optional.of(Effect.argument(0));     // fills the array it is given when that is large enough
            }
            // views (iterator(), subList(), keySet()) read here; changing the collection through one is a change of a
            // receiver that is not the iteration's own, refused like the collection's own add()
            return Optional.of(CONTAINER_READS.contains(method) ? Effect.READS : Effect.RECEIVER);
        }
        return switch (key) {
            case "java.lang.System.arraycopy" -> Optional.of(Effect.argument(2));
            case "java.lang.System.nanoTime", "java.lang.System.currentTimeMillis", "java.lang.System.identityHashCode",
                    "java.lang.System.lineSeparator", "java.lang.System.getProperty", "java.lang.System.getenv",
                    "java.lang.Thread.currentThread", "java.lang.Thread.getName", "java.lang.Thread.getId",
                    "java.lang.Thread.threadId", "java.lang.Thread.sleep", "java.lang.Thread.onSpinWait",
                    "java.util.List.of", "java.util.List.copyOf", "java.util.Set.of", "java.util.Set.copyOf",
                    "java.util.Map.of", "java.util.Map.copyOf", "java.util.Map.entry" -> Optional.of(Effect.READS);
            case "java.lang.System.setProperty", "java.lang.System.clearProperty", "java.lang.System.setOut",
                    "java.lang.System.setErr", "java.lang.System.setIn", "java.lang.System.exit", "java.lang.System.gc",
                    "java.lang.Runtime.exit", "java.lang.Runtime.halt" -> Optional.of(Effect.GLOBAL);
            default -> arraysOrCollections(type, method);
        };
    }

    private static Optional<Effect> arraysOrCollections(String type, String method) {
        if (type.equals("java.util.Arrays")) {
            return Optional.of(switch (method) {
                case "fill", "sort", "parallelSort", "setAll", "parallelSetAll", "parallelPrefix" -> Effect.argument(0);
                default -> Effect.READS;
            });
        }
        if (type.equals("java.util.Collections")) {
            return Optional.of(switch (method) {
                case "sort", "reverse", "swap", "fill", "copy", "rotate", "addAll" -> Effect.argument(0);
                case "shuffle" -> Effect.GLOBAL;    // without a Random of its own it draws from one all threads share
                default -> Effect.READS;            // unmodifiable views, empty and singleton collections, min, max, ...
            });
        }
        return Optional.empty();
    }

    /** Classes whose objects cannot change: an unknown method handed only these (and fresh objects) changes nothing shared. */
    private static final Set<String> IMMUTABLE = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Character",
            "java.lang.Boolean", "java.math.BigInteger", "java.math.BigDecimal", "java.lang.Class", "java.time.Duration",
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime");

    public static boolean immutable(String qualifiedType) {
        return IMMUTABLE.contains(qualifiedType);
    }
}
