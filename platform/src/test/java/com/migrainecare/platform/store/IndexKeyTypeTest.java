package com.migrainecare.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of the embedded store's index keys: by value, total, and one key only for equal values. */
class IndexKeyTypeTest {

    private final IndexKeyType type = new IndexKeyType();

    @Test
    void ordersKeysValueByValue() {
        assertThat(type.compare(new KeyValue("b-1", "ACTIVE"), new KeyValue("b-1", "SENT")))
                .isNegative();
        assertThat(type.compare(new KeyValue("b-2", "ACTIVE"), new KeyValue("b-10", "ACTIVE")))
                .isPositive();
        assertThat(type.compare(new KeyValue("b-1", "SENT"), new KeyValue("b-1", "SENT")))
                .isZero();
    }

    @Test
    void keepsValuesThatSortAlikeButDifferAsTwoKeys() {
        KeyValue asInt = new KeyValue(1);
        KeyValue asLong = new KeyValue(1L);

        assertThat(type.compare(asInt, asLong)).isNotZero();
        assertThat(Integer.signum(type.compare(asInt, asLong))).isEqualTo(-Integer.signum(type.compare(asLong, asInt)));
    }

    @Test
    void sortsMixedKeysTheSameWayWhateverTheirFirstOrder() {
        List<KeyValue> keys = new ArrayList<>(List.of(
                new KeyValue("x"),
                new KeyValue(2),
                new KeyValue(1.5),
                new KeyValue(true),
                new KeyValue(2L),
                new KeyValue("a"),
                new KeyValue(-3)));
        Comparator<KeyValue> order = type::compare;
        List<KeyValue> once = keys.stream().sorted(order).toList();
        List<KeyValue> reversed = new ArrayList<>(keys);
        java.util.Collections.reverse(reversed);

        assertThat(reversed.stream().sorted(order).toList()).isEqualTo(once);
        for (int i = 0; i + 1 < once.size(); i++) {
            assertThat(type.compare(once.get(i), once.get(i + 1))).isNegative();
        }
        assertThat(once.get(0)).isEqualTo(new KeyValue(-3));
    }
}
