package com.migrainecare.platform.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's default logs a failing event handler and moves on, which would silently lose a booking change (and
 * with it a reminder withdrawal). Propagating the failure instead holds the segment at that event and retries
 * it with back-off; {@link EventProcessingHealthIndicator} reports the segment as failing meanwhile.
 */
@Configuration(proxyBeanMethods = false)
public class HandlerFailurePolicy {

    @Bean
    ConfigurerModule retryFailedEvents() {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }
}
