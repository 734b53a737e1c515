package com.migrainecare.booking.crash;

import com.fasterxml.jackson.databind.JsonNode;

/** An answer of the service: its status and its body (a text node where the body is not JSON). */
record Reply(int status, JsonNode body) {}
