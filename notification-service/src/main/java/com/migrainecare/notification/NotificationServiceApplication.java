package com.migrainecare.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Follows the booking events to remind clients of their sessions. */
@SpringBootApplication(scanBasePackages = {"com.migrainecare.notification", "com.migrainecare.platform"})
@ConfigurationPropertiesScan
public class NotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
