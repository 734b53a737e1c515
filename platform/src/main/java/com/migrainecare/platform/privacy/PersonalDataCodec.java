package com.migrainecare.platform.privacy;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;

/**
 * How one personal field is stored: an envelope that names its client (the owner) and holds the value sealed with
 * that client's key, {@code {"sealed":"AES-GCM","owner":"...","data":"<base64>"}}. Fields written in clear before
 * keys existed are turned by the upcaster into {@code {"sealed":"NONE","owner":"...","value":...}}. Opening
 * answers {@code null} once the owner is erased, whichever form the field has.
 */
public class PersonalDataCodec {

    static final String SEALED = "sealed";
    static final String OWNER = "owner";
    static final String DATA = "data";
    static final String VALUE = "value";
    static final String AES_GCM = "AES-GCM";
    static final String IN_CLEAR = "NONE";

    private final PersonalDataKeys keys;
    private final ObjectMapper plain;

    public PersonalDataCodec(PersonalDataKeys keys, ObjectMapper plain) {
        this.keys = keys;
        this.plain = plain;
    }

    /** {@code value} sealed with the key of {@code owner}, made now if the client has none yet. */
    ObjectNode seal(String owner, Object value) throws IOException {
        byte[] sealed = Gcm.seal(keys.keyFor(owner), plain.writeValueAsBytes(value), context(owner));
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put(SEALED, AES_GCM);
        envelope.put(OWNER, owner);
        envelope.put(DATA, Base64.getEncoder().encodeToString(sealed));
        return envelope;
    }

    /** A field written in clear, marked with its owner so that erasing the owner hides it too. */
    static ObjectNode inClear(String owner, JsonNode value) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put(SEALED, IN_CLEAR);
        envelope.put(OWNER, owner);
        envelope.set(VALUE, value);
        return envelope;
    }

    /** The field's value as {@code type}, or {@code null} when its owner was erased. */
    Object open(JsonNode node, JavaType type) throws IOException {
        if (!isEnvelope(node)) {
            return plain.treeToValue(node, type);
        }
        String owner = node.get(OWNER).asText();
        PersonalDataKeys.KeyState state = keys.stateOf(owner);
        if (state instanceof PersonalDataKeys.KeyState.Erased) {
            return null;
        }
        if (IN_CLEAR.equals(node.get(SEALED).asText())) {
            return plain.treeToValue(node.get(VALUE), type);
        }
        if (!(state instanceof PersonalDataKeys.KeyState.Present present)) {
            return null;
        }
        byte[] opened = Gcm.open(
                present.key(), Base64.getDecoder().decode(node.get(DATA).asText()), context(owner));
        return plain.readValue(opened, type);
    }

    private static boolean isEnvelope(JsonNode node) {
        return node.isObject()
                && node.path(SEALED).isTextual()
                && node.path(OWNER).isTextual();
    }

    private static String context(String owner) {
        return "personal-data:" + owner;
    }
}
