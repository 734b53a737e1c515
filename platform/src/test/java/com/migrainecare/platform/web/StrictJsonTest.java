package com.migrainecare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;

/** Bodies with a key given twice or a null in a collection are refused as 400s that name the field. */
class StrictJsonTest {

    record Room(String name) {}

    record Reminders(Set<DayOfWeek> days) {}

    record Body(String name, List<Room> rooms, Set<DayOfWeek> days, String[] tags, Reminders reminders) {}

    private final MappingJackson2HttpMessageConverter converter = new MappingJackson2HttpMessageConverter(mapper());

    @Test
    void aNullInAListIsNamedByItsIndex() {
        assertRefused("{\"rooms\":[{\"name\":\"A\"},null]}", "INVALID_VALUE", "rooms[1]", "must not be null");
    }

    @Test
    void aNullInASetOrAnArrayIsRefused() {
        assertRefused("{\"days\":[\"MONDAY\",null]}", "INVALID_VALUE", "days", "must not contain null");
        assertRefused("{\"tags\":[\"a\",null]}", "INVALID_VALUE", "tags[1]", "must not be null");
        assertRefused("{\"reminders\":{\"days\":[null]}}", "INVALID_VALUE", "reminders.days", "must not contain null");
    }

    @Test
    void aKeyGivenTwiceIsRefusedWhereverItIs() {
        assertRefused("{\"name\":\"a\",\"name\":\"b\"}", "DUPLICATE_FIELD", "name", "appears more than once");
        assertRefused(
                "{\"rooms\":[{\"name\":\"A\"},{\"name\":\"B\",\"name\":\"C\"}]}",
                "DUPLICATE_FIELD",
                "rooms[1].name",
                "appears more than once");
    }

    @Test
    void wellFormedBodiesAndNullFieldsStillRead() throws IOException {
        Body body = (Body) converter.read(
                Body.class,
                input("{\"name\":\"a\",\"rooms\":[{\"name\":\"A\"}],\"days\":[\"MONDAY\"],\"tags\":null,"
                        + "\"reminders\":null}"));
        assertThat(body.rooms()).containsExactly(new Room("A"));
        assertThat(body.days()).containsExactly(DayOfWeek.MONDAY);
        assertThat(body.tags()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void untypedJsonKeepsItsNulls() throws IOException {
        // what clients of the API read: answers with null fields and lists
        Map<String, Object> read =
                (Map<String, Object>) converter.read(Map.class, input("{\"roomId\":null,\"changes\":[null,1]}"));
        assertThat(read).containsEntry("roomId", null);
        assertThat((List<Object>) read.get("changes")).containsExactly(null, 1);
    }

    private void assertRefused(String json, String code, String field, String message) {
        HttpMessageNotReadableException refused = catchThrowableOfType(
                HttpMessageNotReadableException.class, () -> converter.read(Body.class, input(json)));
        assertThat(refused).as("%s is refused", json).isNotNull();
        ProblemDetail problem = UnreadableBodies.problemFor(refused);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties())
                .containsEntry("code", code)
                .containsEntry("errors", List.of(new Problems.FieldError(field, message)));
    }

    private static MockHttpInputMessage input(String json) {
        MockHttpInputMessage message = new MockHttpInputMessage(json.getBytes(StandardCharsets.UTF_8));
        message.getHeaders().add("Content-Type", "application/json");
        return message;
    }

    /** The mapper as Boot builds it with this configuration's customizers and module. */
    private static ObjectMapper mapper() {
        StrictJsonConfiguration configuration = new StrictJsonConfiguration();
        Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
        configuration.isoDurationsOnly().customize(builder);
        configuration.duplicateKeysRefused().customize(builder);
        builder.modulesToInstall(configuration.nullElementsRefused());
        return builder.build();
    }
}
