package com.migrainecare.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Refuses a {@code null} element in any collection or array read from JSON ({@code "techniques":[null]}): no
 * command or rule expects one, and letting it through fails far from the request, as a server error.
 */
final class NullElementsRefused extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(
            DeserializationConfig config,
            CollectionType type,
            BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return guarded(type.getContentType(), deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyArrayDeserializer(
            DeserializationConfig config,
            ArrayType type,
            BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return guarded(type.getContentType(), deserializer);
    }

    /**
     * Untyped content ({@code Object}: free-form JSON, such as an answer read as a map) keeps its nulls, and
     * primitives have none.
     */
    private static JsonDeserializer<?> guarded(JavaType content, JsonDeserializer<?> deserializer) {
        return content.isPrimitive() || content.hasRawClass(Object.class) ? deserializer : new Guarded(deserializer);
    }

    /** A collection or an array that held a {@code null}; its path names the field (and the index, if ordered). */
    static final class NullElementException extends MismatchedInputException {

        NullElementException(JsonParser parser, String message, Class<?> type) {
            super(parser, message, type);
        }
    }

    /** Reads as the wrapped deserializer does, then looks for a {@code null} in what it read. */
    private static final class Guarded extends DelegatingDeserializer {

        Guarded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Guarded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return refuseNulls(super.deserialize(parser, context), parser);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue)
                throws IOException {
            return refuseNulls(super.deserialize(parser, context, intoValue), parser);
        }

        @Override
        public Object deserializeWithType(
                JsonParser parser, DeserializationContext context, TypeDeserializer typeDeserializer)
                throws IOException {
            return refuseNulls(super.deserializeWithType(parser, context, typeDeserializer), parser);
        }

        private Object refuseNulls(Object value, JsonParser parser) throws JsonMappingException {
            if (value instanceof Object[] array) {
                refuseAt(Arrays.asList(array).indexOf(null), array, parser);
            } else if (value instanceof List<?> list) {
                refuseAt(list.indexOf(null), list, parser);
            } else if (value instanceof Collection<?> collection
                    && collection.stream().anyMatch(Objects::isNull)) {
                throw new NullElementException(parser, "must not contain null", handledType());
            }
            return value;
        }

        private void refuseAt(int index, Object container, JsonParser parser) throws JsonMappingException {
            if (index >= 0) {
                throw JsonMappingException.wrapWithPath(
                        new NullElementException(parser, "must not be null", handledType()), container, index);
            }
        }
    }
}
