package com.migrainecare.platform.security;

import com.migrainecare.platform.web.ProblemWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * HTTP Basic over the configured users, and bearer tokens that {@code POST /api/auth/token} trades for a Basic
 * login; health, info, metrics, the API docs and the {@link PublicPaths} of the service are open. Errors are problem+json.
 *
 * <p>Passwords are checked as configured and never re-encoded: Spring would otherwise turn a {@code {noop}}
 * password into BCrypt in memory at the first login, so that every later request of that user paid for a BCrypt
 * check (and the configuration no longer said what the service did). A correct password is remembered for a short
 * while instead ({@link RememberedLogins}). Who may call what is decided for every request by the service's
 * access gate (an {@code AuthorizationManager} bean), or by authentication alone where there is none. Usernames and addresses that fail too often are refused for a while
 * without a password check ({@link ThrottledLogins}). Every answer carries the headers of {@link ResponseHeaders};
 * browsers on other origins may call only when {@code clinic.security.cors.allowed-origins} names them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({
    ClinicUsersProperties.class,
    AccessTokenProperties.class,
    LoginCacheProperties.class,
    LoginLimitProperties.class,
    CorsProperties.class,
    IdentityProviderProperties.class
})
public class SecurityConfiguration {

    static final String TOKEN_PATH = "/api/auth/token";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** A token is issued for a username and password only, so that a token cannot renew itself forever. */
    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http, ProblemWriter writer, CorsProperties cors) throws Exception {
        SecurityProblems problems = new SecurityProblems(writer);
        String detail = "a token is issued for a username and password (HTTP Basic)";
        stateless(http, cors, writer)
                .securityMatcher(TOKEN_PATH)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.basicChallenge(detail)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems.basicChallenge(detail))
                        .accessDeniedHandler(problems.accessDenied()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http,
            ProblemWriter writer,
            BearerTokens tokens,
            CorsProperties cors,
            ObjectProvider<AuthorizationManager<RequestAuthorizationContext>> gate,
            ObjectProvider<PublicPaths> publicPaths)
            throws Exception {
        SecurityProblems problems = new SecurityProblems(writer);
        // "/error" stands in when a service opens nothing else: an empty matcher list is refused
        String[] open = Stream.concat(
                        Stream.of("/error"), publicPaths.orderedStream().flatMap(paths -> paths.patterns().stream()))
                .toArray(String[]::new);
        String detail = "authentication required";
        stateless(http, cors, writer)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.basicChallenge(detail)))
                .oauth2ResourceServer(bearer -> bearer.authenticationEntryPoint(problems.bearerChallenge())
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems.bearerFailure());
                                return filter;
                            }
                        })
                        .jwt(jwt -> jwt.decoder(tokens.decoder())
                                .jwtAuthenticationConverter(tokens.authenticationConverter())))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems.basicChallenge(detail))
                        .accessDeniedHandler(problems.accessDenied()))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers(ResponseHeaders.DOCS)
                        .permitAll()
                        .requestMatchers(open)
                        .permitAll()
                        .anyRequest()
                        .access(new RoleRequired(
                                gate.getIfAvailable(AuthenticatedAuthorizationManager::authenticated))));
        return http.build();
    }

    @Bean
    TokenSigningKey tokenSigningKey(AccessTokenProperties properties, Environment environment) {
        Path defaultFile = Path.of(
                environment.resolvePlaceholders("${clinic.data-dir:${CLINIC_DATA_DIR:./data}}"), "token-secret");
        return TokenSigningKey.resolve(properties, defaultFile);
    }

    @Bean
    AccessTokens accessTokens(TokenSigningKey key, AccessTokenProperties properties, Optional<Clock> clock) {
        return new AccessTokens(
                key, properties.tokenLifetime(), properties.tokenClockSkew(), clock.orElseGet(Clock::systemUTC));
    }

    @Bean
    BearerTokens bearerTokens(
            AccessTokens own,
            IdentityProviderProperties identityProvider,
            AccessTokenProperties properties,
            Optional<Clock> clock) {
        if (identityProvider.enabled()) {
            log.info(
                    "Bearer tokens of the identity provider {} are accepted besides the clinic's own",
                    identityProvider.issuerUri());
        }
        return new BearerTokens(own, identityProvider, properties.tokenClockSkew(), clock.orElseGet(Clock::systemUTC));
    }

    /** The one way to check a username and password; Spring's global authentication manager is built from it. */
    @Bean
    AuthenticationProvider clinicLogins(
            ClinicUsersProperties users,
            AccessTokenProperties tokens,
            IdentityProviderProperties identityProvider,
            LoginCacheProperties cache,
            LoginLimitProperties limits,
            Optional<Clock> clock) {
        requireSomeoneToCall(users, tokens, identityProvider);
        Clock now = clock.orElseGet(Clock::systemUTC);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(ConfiguredUsers.details(users, encoder));
        passwords.setPasswordEncoder(encoder);
        RememberedLogins remembered = new RememberedLogins(passwords, cache.ttl(), cache.maxEntries(), now);
        return new ThrottledLogins(remembered, new FailedLogins(limits, now));
    }

    private static HttpSecurity stateless(HttpSecurity http, CorsProperties cors, ProblemWriter writer)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(ResponseHeaders::configure);
        if (cors.enabled()) {
            http.addFilterAfter(CrossOrigin.filter(cors, writer), HeaderWriterFilter.class);
        }
        return http;
    }

    /**
     * Without users the service could only refuse; unless it accepts the tokens of the chain's identity provider or
     * of a sibling that has them.
     */
    private static void requireSomeoneToCall(
            ClinicUsersProperties users, AccessTokenProperties tokens, IdentityProviderProperties identityProvider) {
        if (!users.users().isEmpty()) {
            return;
        }
        if (identityProvider.enabled()) {
            log.info("No users are configured: the identity provider's tokens are the way in");
        } else if (users.allowNoUsers()) {
            log.warn("No users are configured and clinic.security.allow-no-users is set: every login is refused");
        } else if (tokens.hasSecret()) {
            log.warn(
                    "No users are configured: only bearer tokens issued by a service with the same secret are accepted");
        } else {
            throw new NoUsersConfigured();
        }
    }
}
