package com.migrainecare.platform.privacy;

import com.migrainecare.kernel.careplan.CarePlanEvent.StressPeriodDeclared;
import com.migrainecare.kernel.careplan.HeadacheLogEvent.HeadacheLogged;
import com.migrainecare.kernel.client.ClientEvent.ClearanceRecorded;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.IntakeRecorded;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The keys of personal data and the upcaster for older events. The module that seals personal fields is given to
 * the serializer of stored events only (see {@code AxonStoreConfiguration}); it is deliberately not a bean, or
 * Spring would hand it to the mapper of HTTP bodies too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyConfiguration {

    /** The events whose personal fields were stored in clear in their revision 1. */
    static final List<Class<? extends Record>> IN_CLEAR_BEFORE_REVISION_2 = List.of(
            ClientRegistered.class,
            IntakeRecorded.class,
            ClearanceRecorded.class,
            StressPeriodDeclared.class,
            HeadacheLogged.class);

    @Bean
    MasterKey masterKey(PrivacyProperties properties, Environment environment) {
        Path defaultFile =
                Path.of(environment.resolvePlaceholders("${clinic.data-dir:${CLINIC_DATA_DIR:./data}}"), "master-key");
        return MasterKey.resolve(properties, defaultFile);
    }

    @Bean
    PersonalDataKeys personalDataKeys(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, MasterKey masterKey, Optional<Clock> clock) {
        return new PersonalDataKeys(jdbc, transactions, masterKey, clock.orElseGet(Clock::systemUTC));
    }

    @Bean
    InClearPersonalDataUpcaster inClearPersonalDataUpcaster() {
        return new InClearPersonalDataUpcaster(IN_CLEAR_BEFORE_REVISION_2);
    }
}
