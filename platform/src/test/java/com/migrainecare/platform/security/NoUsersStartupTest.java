package com.migrainecare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;

class NoUsersStartupTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner().withUserConfiguration(Logins.class);

    @Test
    void aServiceWithoutUsersDoesNotStartAndSaysWhatToSet() {
        service.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(NoUsersConfigured.class)
                    .hasMessageContaining("CLINIC_SECURITY_USERS_0_USERNAME")
                    .hasMessageContaining("CLINIC_SECURITY_USERS_0_PASSWORD")
                    .hasMessageContaining("demo profile");
            FailureAnalysis analysis = new NoUsersFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getAction()).contains("CLINIC_SECURITY_USERS_0_USERNAME");
        });
    }

    @Test
    void aServiceWithAUserStarts() {
        service.withPropertyValues(
                        "clinic.security.users[0].username=alice",
                        "clinic.security.users[0].password={noop}pw",
                        "clinic.security.users[0].roles[0]=MANAGER")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AuthenticationProvider.class));
    }

    @Test
    void aServiceThatSharesTheTokenSecretStartsWithoutUsers() {
        service.withPropertyValues("clinic.security.token-secret=" + "s".repeat(TokenSigningKey.MIN_SECRET_BYTES))
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void onlyTheExplicitSettingLetsAServiceStartWithNobodyToCallIt() {
        service.withPropertyValues("clinic.security.allow-no-users=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({
        ClinicUsersProperties.class,
        AccessTokenProperties.class,
        LoginCacheProperties.class,
        LoginLimitProperties.class
    })
    static class Logins {

        @Bean
        AuthenticationProvider clinicLogins(
                ClinicUsersProperties users,
                AccessTokenProperties tokens,
                LoginCacheProperties cache,
                LoginLimitProperties limits,
                Optional<Clock> clock) {
            return new SecurityConfiguration().clinicLogins(users, tokens, cache, limits, clock);
        }
    }
}
