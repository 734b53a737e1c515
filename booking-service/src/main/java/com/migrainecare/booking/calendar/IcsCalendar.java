package com.migrainecare.booking.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes feed events as an RFC 5545 calendar: every zone an event is in gets its VTIMEZONE, and every time is
 * written in its location's zone (TZID), so calendar applications show the clinic's wall-clock time on both sides
 * of a DST change. Nothing in it is the time of writing: the same sessions always give the same text.
 */
final class IcsCalendar {

    static final String PRODUCT = "-//Migraine Care//Clinic scheduling//EN";

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsCalendar() {}

    static String write(String name, List<FeedEvent> events) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .getFluentTarget();
        Set<ZoneId> zones = new LinkedHashSet<>();
        events.forEach(event -> zones.add(event.zone()));
        zones.forEach(zone -> calendar.add(timeZone(zone).getVTimeZone()));
        events.forEach(event -> calendar.add(vevent(event)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent vevent(FeedEvent event) {
        VEvent vevent =
                new VEvent(event.start().atZone(event.zone()), event.end().atZone(event.zone()), event.summary());
        // the time of the last change, not of writing: a feed read twice is the same feed
        vevent.replace(new DtStamp(event.lastModified()));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.sequence())));
        vevent.add(new LastModified(event.lastModified()));
        vevent.add(new Location(event.location()));
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return vevent;
    }

    private static TimeZone timeZone(ZoneId zone) {
        TimeZone timeZone = ZONES.getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new IllegalStateException("no VTIMEZONE definition for " + zone);
        }
        return timeZone;
    }
}
