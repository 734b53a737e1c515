package com.migrainecare.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.booking.SeriesOccurrence;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.platform.axon.AxonStoreConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** A session booked before series named their bookings (revision 1) still loads, as a session of no series. */
class SessionBookedRevisionTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonStoreConfiguration.messageMapper())
            .build();

    private final SessionBooked ofSeries = new SessionBooked(
            new BookingId("series-1-3"),
            new ClientId("client-1"),
            Technique.TRIGGER_POINT,
            Set.of(),
            true,
            new Placement(
                    new TherapistId("t-1"),
                    new LocationId("l-1"),
                    new RoomId("r-1"),
                    TimeSlot.of(Instant.parse("2026-12-07T09:00:00Z"), Duration.ofMinutes(45)),
                    ZoneId.of("Europe/Berlin"),
                    CancellationPolicy.STANDARD),
            new SeriesOccurrence(new SeriesId("series-1"), 3));

    @Test
    void aSessionBookedOfRevision2KeepsItsSeriesOccurrence() {
        SerializedObject<String> stored = serializer.serialize(ofSeries, String.class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(serializer.<String, SessionBooked>deserialize(stored)).isEqualTo(ofSeries);
    }

    @Test
    void aSessionBookedOfRevision1LoadsWithNoSeriesOccurrence() throws Exception {
        ObjectNode json = (ObjectNode) AxonStoreConfiguration.messageMapper()
                .readTree(serializer.serialize(ofSeries, String.class).getData());
        json.remove("seriesOccurrence");
        SimpleSerializedObject<String> revision1 = new SimpleSerializedObject<>(
                json.toString(), String.class, new SimpleSerializedType(SessionBooked.class.getName(), "1"));

        SessionBooked loaded = serializer.deserialize(revision1);

        assertThat(loaded.seriesOccurrence()).isNull();
        assertThat(loaded.bookingId()).isEqualTo(ofSeries.bookingId());
        assertThat(loaded.placement()).isEqualTo(ofSeries.placement());
    }
}
