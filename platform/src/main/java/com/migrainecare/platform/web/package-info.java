/**
 * HTTP concerns both services share: RFC 9457 problem responses, strict reading of JSON bodies, idempotent
 * creation, request limits.
 */
package com.migrainecare.platform.web;
