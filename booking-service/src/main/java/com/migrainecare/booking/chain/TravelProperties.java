package com.migrainecare.booking.chain;

import com.migrainecare.kernel.chain.TravelBuffers;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Travel time between locations: {@code clinic.travel.standard} (default 30 min) and overrides keyed
 * {@code "locationA|locationB"} under {@code clinic.travel.pairs}.
 */
@ConfigurationProperties("clinic.travel")
public record TravelProperties(Duration standard, Map<String, Duration> pairs) {

    public TravelProperties {
        standard = standard == null ? Duration.ofMinutes(30) : standard;
        pairs = pairs == null ? Map.of() : Map.copyOf(pairs);
    }

    public TravelBuffers buffers() {
        return new TravelBuffers(standard, pairs);
    }
}
