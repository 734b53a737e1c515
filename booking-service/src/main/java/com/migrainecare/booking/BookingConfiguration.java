package com.migrainecare.booking;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans of this service that belong to no single capability. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BookingConfiguration {

    /** The service's idea of now; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
