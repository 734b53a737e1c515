package com.migrainecare.platform.security;

import com.migrainecare.platform.web.ProblemWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic for the API; health, info, metrics and the API docs are open. Errors are problem+json.
 *
 * <p>Passwords are checked as configured and never re-encoded: Spring would otherwise turn a {@code {noop}}
 * password into BCrypt in memory at the first login, so that every later request of that user paid for a BCrypt
 * check (and the configuration no longer said what the service did). A correct password is remembered for a short
 * while instead ({@link RememberedLogins}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ClinicUsersProperties.class, LoginCacheProperties.class})
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"clinic\"");
                    problems.write(response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "authentication required");
                }))
                .exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"clinic\"");
                            problems.write(
                                    response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "authentication required");
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, HttpStatus.FORBIDDEN, "FORBIDDEN", "you are not allowed to do this")))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    /** The one way to check a username and password; Spring's global authentication manager is built from it. */
    @Bean
    AuthenticationProvider clinicLogins(
            ClinicUsersProperties users, LoginCacheProperties cache, Optional<Clock> clock) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users(users, encoder));
        passwords.setPasswordEncoder(encoder);
        return new RememberedLogins(passwords, cache.ttl(), cache.maxEntries(), clock.orElseGet(Clock::systemUTC));
    }

    private static InMemoryUserDetailsManager users(ClinicUsersProperties properties, PasswordEncoder encoder) {
        if (properties.users().isEmpty()) {
            log.warn("No users are configured (clinic.security.users): every API call will be refused");
        }
        properties.users().forEach(user -> requireEncodedForm(user, encoder));
        List<String> plain = properties.users().stream()
                .filter(user -> user.password().startsWith("{noop}"))
                .map(ClinicUsersProperties.User::username)
                .toList();
        if (!plain.isEmpty()) {
            log.warn("Users with a plain-text {noop} password, fit for demo data only: {}", plain);
        }
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(SecurityConfiguration::toUserDetails)
                .toList());
    }

    /** A password without its {@code {id}} prefix would fail every login with a server error; refuse to start. */
    private static void requireEncodedForm(ClinicUsersProperties.User user, PasswordEncoder encoder) {
        if (user.username() == null || user.username().isBlank() || user.password() == null) {
            throw new IllegalStateException("clinic.security.users: every user needs a username and a password");
        }
        try {
            encoder.matches("", user.password());
        } catch (IllegalArgumentException notEncoded) {
            throw new IllegalStateException(
                    "clinic.security.users: the password of " + user.username()
                            + " is not in Spring's encoded form ({bcrypt}..., {noop}... for demo data)",
                    notEncoded);
        }
    }

    private static UserDetails toUserDetails(ClinicUsersProperties.User user) {
        return User.withUsername(user.username())
                .password(user.password())
                .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }
}
