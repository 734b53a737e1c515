package com.migrainecare.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Says what is wrong with a request body that could not be read, naming the field where one is to blame. */
final class UnreadableBodies {

    /** Jackson's words for a key seen twice in one object, under {@code STRICT_DUPLICATE_DETECTION}. */
    private static final String DUPLICATE_KEY = "Duplicate field '";

    private UnreadableBodies() {}

    static ProblemDetail problemFor(HttpMessageNotReadableException ex) {
        JsonParseException duplicate = duplicateKey(ex);
        if (duplicate != null) {
            return fieldProblem(duplicatePath(duplicate), "DUPLICATE_FIELD", "appears more than once");
        }
        Throwable cause = ex.getCause();
        if (cause instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return fieldProblem(invalid, "INVALID_VALUE", "must be one of: " + allowed);
        }
        if (cause instanceof NullElementsRefused.NullElementException nullElement) {
            return fieldProblem(nullElement, "INVALID_VALUE", nullElement.getOriginalMessage());
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            Throwable root = instantiation.getCause() == null ? instantiation : instantiation.getCause();
            return fieldProblem(instantiation, "INVALID_VALUE", root.getMessage());
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return fieldProblem(mismatch, "INVALID_VALUE", "has the wrong type or format");
        }
        if (cause instanceof JsonMappingException mapping) {
            return fieldProblem(mapping, "INVALID_VALUE", mapping.getOriginalMessage());
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "the request body is not valid JSON");
    }

    /** The parser's refusal of a repeated key; inside a collection, Jackson wraps it to add the index. */
    private static JsonParseException duplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse
                    && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith(DUPLICATE_KEY)) {
                return parse;
            }
        }
        return null;
    }

    /** The parser stops on the repeated key, so its position is the path of the duplicate. */
    private static String duplicatePath(JsonParseException parse) {
        JsonParser parser = parse.getProcessor();
        if (parser == null) {
            return "";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext();
                context != null && !context.inRoot();
                context = context.getParent()) {
            parts.addFirst(context.inArray() ? "[" + context.getCurrentIndex() + "]" : "." + context.getCurrentName());
        }
        return joined(String.join("", parts));
    }

    private static ProblemDetail fieldProblem(JsonMappingException e, String code, String message) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return fieldProblem(joined(path), code, message);
    }

    private static ProblemDetail fieldProblem(String path, String code, String message) {
        String name = path.isEmpty() ? "body" : path;
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, code, "field '" + name + "' " + message);
        return Problems.withErrors(problem, List.of(new Problems.FieldError(name, message)));
    }

    /** {@code .rooms[0].name} as {@code rooms[0].name}. */
    private static String joined(String path) {
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
