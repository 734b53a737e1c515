package com.migrainecare.platform.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.util.Objects;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded store's unique indexes: stored exactly as H2's {@link ObjectDataType} stores any
 * object, but ordered by comparing the key's values instead of their Java-serialized bytes. H2 orders an object it
 * has no type of its own for by serializing both sides of every comparison, and an index lookup makes a few dozen
 * comparisons: that was two thirds of the embedded store's CPU under load (BENCHMARKS.md).
 *
 * <p>The order: value by value, strings and other values of one comparable class by their natural order, values
 * of different classes as MongoDB sorts them; two values that sort the same but are not equal (an int and a
 * long of one number) fall back to H2's byte order, so two keys are one key exactly when their values are equal,
 * as before.
 */
final class IndexKeyType extends ObjectDataType {

    private static final ValueComparator MONGO_ORDER = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return super.compare(a, b);
    }

    private int compareKeys(KeyValue left, KeyValue right) {
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            int order = compareValues(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a != null && b != null && a.getClass() == b.getClass() && a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        int order = MONGO_ORDER.compare(a, b);
        if (order != 0 || Objects.equals(a, b)) {
            return order;
        }
        return super.compare(a, b);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexKeyType;
    }

    @Override
    public int hashCode() {
        return IndexKeyType.class.hashCode();
    }
}
