package io.jpar.processor.plan;

import io.jpar.processor.analysis.ArrayAccess;
import io.jpar.processor.analysis.LoopModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the run-time check must know of the arrays of objects whose elements' fields a loop writes
 * ({@code p[i].x = ...}): the analysis proved those writes apart as if each element were an object of its own.
 *
 * @param written arrays whose elements must be distinct objects (written fields are in their elements)
 * @param read    arrays whose elements' written fields are only read: none of their elements may be a written one
 * @param proven  written arrays that need no check: the only array with the field, filled with new objects only
 */
record ElementChecks(List<String> written, List<String> read, List<String> proven) {

    static ElementChecks of(LoopModel m, String outerType, boolean staticMethod) {
        // per field name (the safe side: two classes' fields of one name count as one), the arrays reaching it
        Map<String, Set<ArrayAccess>> byField = new LinkedHashMap<>();
        Set<String> writtenFields = new LinkedHashSet<>();
        // a field that the loop only reduces into needs no distinct elements: each index gets its own partial
        Set<String> reduced = new java.util.HashSet<>();
        m.reductions().stream().filter(r -> r.element() != null).forEach(r -> reduced.add(r.element().key()));
        for (ArrayAccess a : m.accesses()) {
            if (a.elementField() && !reduced.contains(a.key())) {
                byField.computeIfAbsent(a.field(), f -> new LinkedHashSet<>()).add(a);
                if (a.writes()) {
                    writtenFields.add(a.field());
                }
            }
        }
        Set<String> written = new LinkedHashSet<>();
        Set<String> read = new LinkedHashSet<>();
        Set<String> proven = new LinkedHashSet<>();
        for (String field : writtenFields) {
            Map<String, Boolean> arrays = new LinkedHashMap<>();   // reference -> whether the loop writes the field there
            Map<String, String> names = new LinkedHashMap<>();
            for (ArrayAccess a : byField.get(field)) {
                String ref = LoopPlanner.reference(a, m, outerType, staticMethod);
                arrays.merge(ref, a.writes(), Boolean::logicalOr);
                names.put(ref, a.key().startsWith("this.") ? null : a.array());
            }
            if (arrays.size() == 1) {
                String ref = arrays.keySet().iterator().next();
                String local = names.get(ref);
                if (local != null && io.jpar.processor.analysis.DistinctElements.of(local, m.loop())) {
                    proven.add(ref);
                    continue;
                }
            }
            arrays.forEach((ref, writes) -> (writes ? written : read).add(ref));
        }
        proven.removeAll(written);
        read.removeAll(written);
        return new ElementChecks(new ArrayList<>(written), new ArrayList<>(read), new ArrayList<>(proven));
    }
}
