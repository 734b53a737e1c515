package com.migrainecare.notification;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Follows the booking events to remind clients of their sessions. */
@SpringBootApplication(scanBasePackages = {"com.migrainecare.notification", "com.migrainecare.platform"})
@ConfigurationPropertiesScan
public class NotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }

    /** The one clock of the service; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
