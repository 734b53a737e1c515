package com.migrainecare.booking.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.booking.api.ApiTestSupport;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Calendar tests: two more users, a client login linked to a client registered under a known id and a therapist
 * login linked to a therapist id; feeds are read as text and parsed back with ical4j.
 */
@TestPropertySource(
        properties = {
            "clinic.security.users[3].username=calendar-client",
            "clinic.security.users[3].password={noop}pw",
            "clinic.security.users[3].roles[0]=CLIENT",
            "clinic.security.users[3].clientId=" + CalendarFeedSupport.LINKED_CLIENT,
            "clinic.security.users[4].username=calendar-therapist",
            "clinic.security.users[4].password={noop}pw",
            "clinic.security.users[4].roles[0]=THERAPIST",
            "clinic.security.users[4].therapistId=calendar-therapist-1"
        })
abstract class CalendarFeedSupport extends ApiTestSupport {

    static final String LINKED_CLIENT = "calendar-client-1";

    /** The feed at {@code path}, as {@code user} (null: without credentials). */
    protected ResponseEntity<String> ics(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "pw");
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    protected static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("not RFC 5545: " + e.getMessage() + "\n" + text, e);
        }
    }

    protected static List<VEvent> events(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> uid.equals(value(event, Property.UID)))
                .toList();
    }

    protected static VEvent event(String feed, String uid) {
        List<VEvent> events = events(parse(feed), uid);
        assertThat(events).as("events with UID %s in\n%s", uid, feed).hasSize(1);
        return events.get(0);
    }

    protected static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    protected static String tzid(VEvent event) {
        return event.<Property>getProperty(Property.DTSTART)
                .flatMap(start -> start.<Parameter>getParameter(Parameter.TZID))
                .map(Parameter::getValue)
                .orElse(null);
    }

    protected static ZonedDateTime start(VEvent event) {
        DtStart<?> start = event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
        return ZonedDateTime.from(start.getDate());
    }

    protected static Instant instant(Map<String, Object> booking, String field) {
        return OffsetDateTime.parse(booking.get(field).toString()).toInstant();
    }
}
