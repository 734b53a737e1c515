package com.migrainecare.platform.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.migrainecare.kernel.privacy.AboutClient;
import com.migrainecare.kernel.privacy.PersonalData;
import java.io.IOException;

/**
 * Seals every {@link PersonalData} field when an event is written and opens it when the event is read, so the code
 * that handles events sees the typed value (or {@code null} once the client is erased) and never the envelope. Only
 * the serializer of stored events has this module: commands and read models keep plain values.
 */
public final class PersonalDataModule extends SimpleModule {

    private final transient PersonalDataCodec codec;

    public PersonalDataModule(PersonalDataCodec codec) {
        super("personal-data");
        this.codec = codec;
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new Introspector(codec));
    }

    /** Finds the {@link PersonalData} fields: they get the sealing serializer and the opening deserializer. */
    private static final class Introspector extends NopAnnotationIntrospector {

        private final transient PersonalDataCodec codec;

        Introspector(PersonalDataCodec codec) {
            this.codec = codec;
        }

        @Override
        public Object findSerializer(Annotated annotated) {
            return annotated.hasAnnotation(PersonalData.class) ? new Sealing(codec) : null;
        }

        @Override
        public Object findDeserializer(Annotated annotated) {
            return annotated.hasAnnotation(PersonalData.class) ? new Opening(codec, null) : null;
        }
    }

    /** Writes the field as an envelope sealed with the key of the client the event is about. */
    private static final class Sealing extends StdSerializer<Object> {

        private final transient PersonalDataCodec codec;

        Sealing(PersonalDataCodec codec) {
            super(Object.class);
            this.codec = codec;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!(gen.currentValue() instanceof AboutClient event)) {
                throw JsonMappingException.from(gen, "@PersonalData belongs in an event about one client");
            }
            provider.defaultSerializeValue(codec.seal(event.clientId().value(), value), gen);
        }
    }

    /** Reads an envelope (or a plain value) back as the field's declared type. */
    private static final class Opening extends StdDeserializer<Object> implements ContextualDeserializer {

        private final transient PersonalDataCodec codec;
        private final JavaType type;

        Opening(PersonalDataCodec codec, JavaType type) {
            super(type == null ? Object.class : type.getRawClass());
            this.codec = codec;
            this.type = type;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            return new Opening(codec, property == null ? context.getContextualType() : property.getType());
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return codec.open(context.readTree(parser), type);
        }
    }
}
