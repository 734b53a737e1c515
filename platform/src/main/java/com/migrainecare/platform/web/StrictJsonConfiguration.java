package com.migrainecare.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read strictly: a duration is an ISO-8601 string, never a bare number of seconds; a key
 * given twice in one object is refused rather than silently won by the last one; a collection or an array
 * never holds a {@code null}.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer isoDurationsOnly() {
        return builder -> builder.deserializerByType(Duration.class, new IsoDurationDeserializer());
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer duplicateKeysRefused() {
        return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Picked up by Boot's Jackson configuration, like every {@link Module} bean. */
    @Bean
    Module nullElementsRefused() {
        return new SimpleModule("null-elements-refused").setDeserializerModifier(new NullElementsRefused());
    }

    /** Reads {@code "PT45M"}; refuses numbers and anything ISO-8601 does not define. */
    static final class IsoDurationDeserializer extends StdScalarDeserializer<Duration> {

        IsoDurationDeserializer() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Duration) context.handleUnexpectedToken(Duration.class, parser);
            }
            String text = parser.getText().trim();
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                return (Duration)
                        context.handleWeirdStringValue(Duration.class, text, "not an ISO-8601 duration such as PT45M");
            }
        }
    }
}
