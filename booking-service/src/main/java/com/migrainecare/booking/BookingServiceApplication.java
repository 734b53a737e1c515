package com.migrainecare.booking;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Takes bookings for a chain of migraine-focused massage-therapy clinics. */
@SpringBootApplication(scanBasePackages = {"com.migrainecare.booking", "com.migrainecare.platform"})
@ConfigurationPropertiesScan
public class BookingServiceApplication {

    public static void main(String[] args) {
        // no calls home: these machines may have no route out, and a clinic's system should not phone vendors
        System.setProperty(
                "axoniq.update-checker.disabled", System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(BookingServiceApplication.class, args);
    }
}
