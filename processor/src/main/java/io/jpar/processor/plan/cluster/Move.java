package io.jpar.processor.plan.cluster;

/**
 * One call of the generated {@code move} method: how one value travels between rank 0 and the other ranks.
 *
 * @param value the value (a reduction is a value too)
 * @param step  how it travels
 * @param index for scatter and gather: the element (or row) each iteration owns; null otherwise
 * @param why   the reason, in the user's words ({@code read only at a[i]})
 */
public record Move(OutsideValue value, Step step, BlockIndex index, String why) {

    public enum Step {
        /** Every rank gets all of it. */
        BROADCAST,
        /** Every rank gets a copy by Java serialization behind an allow-list, inside jpar's own messages. */
        OBJECT,
        /** Each rank gets the elements (rows) of its block. */
        SCATTER,
        /** Each rank's block comes back to rank 0, into the caller's array. */
        GATHER,
        /** Each rank's partial comes back; rank 0 merges them in rank order. */
        REDUCE
    }

    /** The Java statement in {@code move(Mover m$)}. */
    public String call() {
        String n = value.name();
        return switch (step) {
            case BROADCAST -> n + " = m$.broadcast(" + n + ");";
            case OBJECT -> n + " = m$.object(" + n + ");";
            case SCATTER -> n + " = m$.scatter(" + n + lane() + ", " + index.scale() + ", " + index.offset() + width() + ");";
            case GATHER -> n + " = m$.gather(" + n + lane() + ", " + index.scale() + ", " + index.offset() + width() + ");";
            case REDUCE -> n + " = m$.reduce(" + n + ");";
        };
    }

    /** For lanes, the array's class (the mover's lane methods take any primitive array or rows). */
    private String lane() {
        return index.width() > 1 ? ", " + value.type() + ".class" : "";
    }

    private String width() {
        return index.width() > 1 ? ", " + index.width() : "";
    }

    /** What one call sends, where it can be stated: {@code 8 bytes x block}. */
    public String bytes() {
        if (step == Step.OBJECT || value.shape() == OutsideValue.Shape.OBJECT) {
            return "the size of its serialized form";
        }
        int b = value.element().bytes();
        String n = value.name();
        String each = b + (b == 1 ? " byte" : " bytes");
        return switch (value.shape()) {
            case SCALAR -> step == Step.REDUCE ? each + " from each rank" : each;
            case ARRAY -> switch (step) {
                case BROADCAST -> each + " x " + n + ".length";
                case REDUCE -> each + " x " + n + ".length from each rank";
                default -> each + (index != null && index.width() > 1 ? " x " + index.width() + " per iteration" : "") + " x block";
            };
            case ROWS -> step == Step.BROADCAST ? each + " x every element of " + n : each + " x row length"
                    + (index != null && index.width() > 1 ? " x " + index.width() + " rows per iteration" : "") + " x block";
            case OBJECT -> "the size of its serialized form";
        };
    }
}
