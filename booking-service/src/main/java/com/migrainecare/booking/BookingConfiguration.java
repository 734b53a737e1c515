package com.migrainecare.booking;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of this service that belong to no single capability. */
@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    /** The service's idea of now; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
