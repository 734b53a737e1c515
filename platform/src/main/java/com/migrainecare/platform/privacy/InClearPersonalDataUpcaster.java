package com.migrainecare.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.migrainecare.kernel.privacy.PersonalData;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 1 of each event in {@code events} held its personal fields in clear; revision 2 seals them. Stored
 * events are never rewritten (the hash chain covers their bytes), so a revision-1 event is read as revision 2 with
 * each personal field marked with its owner: it reads as before until the owner is erased, and as absent after.
 */
public final class InClearPersonalDataUpcaster extends SingleEventUpcaster {

    private static final String SEALED_REVISION = "2";
    private static final String CLEAR_REVISION = "1";

    private final Map<String, List<String>> personalFields;

    public InClearPersonalDataUpcaster(List<Class<? extends Record>> events) {
        this.personalFields =
                events.stream().collect(Collectors.toMap(Class::getName, InClearPersonalDataUpcaster::fieldsOf));
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        return CLEAR_REVISION.equals(type.getRevision()) && personalFields.containsKey(type.getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String name = representation.getType().getName();
        List<String> fields = personalFields.get(name);
        return representation.upcastPayload(
                new SimpleSerializedType(name, SEALED_REVISION), JsonNode.class, payload -> mark(payload, fields));
    }

    private static JsonNode mark(JsonNode payload, List<String> fields) {
        if (!(payload instanceof ObjectNode event) || !event.path("clientId").isTextual()) {
            return payload;
        }
        String owner = event.get("clientId").asText();
        for (String field : fields) {
            JsonNode value = event.get(field);
            if (value != null && !value.isNull()) {
                event.set(field, PersonalDataCodec.inClear(owner, value));
            }
        }
        return event;
    }

    private static List<String> fieldsOf(Class<? extends Record> event) {
        return Arrays.stream(event.getRecordComponents())
                .filter(component -> component.isAnnotationPresent(PersonalData.class))
                .map(RecordComponent::getName)
                .toList();
    }
}
