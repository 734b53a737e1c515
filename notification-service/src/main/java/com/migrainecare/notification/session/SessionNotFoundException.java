package com.migrainecare.notification.session;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * No event about this booking has reached this service (yet). Being an {@link ErrorResponseException}, it
 * answers with its own problem+json body through the platform's exception handler.
 */
public class SessionNotFoundException extends ErrorResponseException {

    public static final String CODE = "SESSION_NOT_FOUND";

    public SessionNotFoundException(BookingId bookingId) {
        super(
                HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, CODE, "no session is known for booking " + bookingId),
                null);
    }
}
