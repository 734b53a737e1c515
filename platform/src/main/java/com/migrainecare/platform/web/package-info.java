/**
 * HTTP concerns both services share: RFC 9457 problem responses, strict reading of JSON bodies, idempotent
 * creation, request limits, and the request id every command carries.
 */
package com.migrainecare.platform.web;
