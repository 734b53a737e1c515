/** HTTP concerns both services share: RFC 9457 problem responses, idempotent creation, request limits. */
package com.migrainecare.platform.web;
