package com.migrainecare.booking.calendar;

import com.migrainecare.platform.security.PublicPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The secret links of calendar feeds are answered without a login: the unguessable token is the credential. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    PublicPaths calendarFeedLinks() {
        return new PublicPaths(List.of("/api/calendar-feeds/*/calendar.ics"));
    }
}
