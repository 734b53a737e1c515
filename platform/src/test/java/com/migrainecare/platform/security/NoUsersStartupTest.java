package com.migrainecare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
    @ExtendWith(OutputCaptureExtension.class)
    void anApplicationWithoutUsersReportsTheSettingsInsteadOfAStackTrace(CapturedOutput output) {
        SpringApplication application = new SpringApplication(Logins.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--spring.main.banner-mode=off"))
                .hasRootCauseInstanceOf(NoUsersConfigured.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Configure at least one user: CLINIC_SECURITY_USERS_0_USERNAME");
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
    void aServiceWithOnlyAnIdentityProviderStartsWithoutUsers() {
        service.withPropertyValues("clinic.security.oidc.issuer-uri=https://login.example.org/realms/clinic")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AuthenticationProvider.class));
    }

    @Test
    void aServiceWithoutUsersNamesTheIssuerSettingToo() {
        service.run(context -> assertThat(new NoUsersFailureAnalyzer()
                        .analyze(context.getStartupFailure())
                        .getAction())
                .contains("CLINIC_SECURITY_OIDC_ISSUER_URI"));
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
        LoginLimitProperties.class,
        IdentityProviderProperties.class
    })
    static class Logins {

        @Bean
        AuthenticationProvider clinicLogins(
                ClinicUsersProperties users,
                AccessTokenProperties tokens,
                IdentityProviderProperties identityProvider,
                LoginCacheProperties cache,
                LoginLimitProperties limits,
                Optional<Clock> clock) {
            return new SecurityConfiguration().clinicLogins(users, tokens, identityProvider, cache, limits, clock);
        }
    }
}
