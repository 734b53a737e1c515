package com.migrainecare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings the README names, as environment variables. */
class SecuritySettingsTest {

    @Test
    void originsAndLimitsComeFromTheEnvironmentNamesTheReadmeGives() {
        Binder binder = binder(Map.of(
                "CLINIC_SECURITY_CORS_ALLOWED_ORIGINS", "https://desk.example.org,https://app.example.org",
                "CLINIC_SECURITY_LOGIN_LIMIT_MAX_FAILURES_PER_USER", "3",
                "CLINIC_SECURITY_LOGIN_LIMIT_WINDOW", "PT10M"));

        CorsProperties cors =
                binder.bind("clinic.security.cors", CorsProperties.class).get();
        LoginLimitProperties limits = binder.bind("clinic.security.login-limit", LoginLimitProperties.class)
                .get();

        assertThat(cors.allowedOrigins()).containsExactly("https://desk.example.org", "https://app.example.org");
        assertThat(limits.maxFailuresPerUser()).isEqualTo(3);
        assertThat(limits.window()).isEqualTo(Duration.ofMinutes(10));
        assertThat(limits.maxFailuresPerAddress()).isEqualTo(LoginLimitProperties.DEFAULT_MAX_FAILURES_PER_ADDRESS);
    }

    @Test
    void noOriginsMeansNoCors() {
        assertThat(new CorsProperties(null, null).enabled()).isFalse();
        assertThat(new CorsProperties(List.of(" "), null).enabled()).isFalse();
    }

    @Test
    void anOriginWithAPathIsRefused() {
        assertThatThrownBy(() -> new CorsProperties(List.of("https://desk.example.org/"), null))
                .hasMessageContaining("not an origin");
        assertThatThrownBy(() -> binder(Map.of("CLINIC_SECURITY_CORS_ALLOWED_ORIGINS", "desk.example.org"))
                        .bind("clinic.security.cors", CorsProperties.class))
                .isInstanceOf(BindException.class);
    }

    private static Binder binder(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment);
    }
}
