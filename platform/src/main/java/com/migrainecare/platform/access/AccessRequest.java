package com.migrainecare.platform.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.migrainecare.platform.web.CachedBodyRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * The parts of a request a rule looks at: path variables, query parameters, and the top-level fields of a JSON
 * body (read once, before the controller reads it again). A body that is no JSON object has no fields; the
 * controller refuses it with a 400 afterwards.
 */
public final class AccessRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServletRequest request;
    private final Map<String, String> variables;
    private JsonNode body;

    AccessRequest(HttpServletRequest request, Map<String, String> variables) {
        this.request = request;
        this.variables = Map.copyOf(variables);
    }

    public String variable(String name) {
        return variables.get(name);
    }

    public String param(String name) {
        return request.getParameter(name);
    }

    /** A top-level text field of the JSON body, or null when the body has none. */
    public String bodyField(String name) {
        JsonNode field = body().path(name);
        return field.isTextual() ? field.asText() : null;
    }

    private JsonNode body() {
        if (body == null) {
            body = parse();
        }
        return body;
    }

    private JsonNode parse() {
        HttpServletRequest unwrapped = request;
        while (unwrapped instanceof HttpServletRequestWrapper wrapper && !(unwrapped instanceof CachedBodyRequest)) {
            unwrapped = (HttpServletRequest) wrapper.getRequest();
        }
        if (!(unwrapped instanceof CachedBodyRequest cached) || cached.body().length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = JSON.readTree(cached.body());
            return node != null && node.isObject() ? node : MissingNode.getInstance();
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }
}
