package com.migrainecare.bench.baseline;

import com.migrainecare.platform.security.ClinicUsersProperties;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** HTTP Basic over the configured users, stateless; liveness is open. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class BaselineSecurity {

    @Bean
    SecurityFilterChain baselineApi(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> {})
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The configured users, checked as configured. A plain map rather than Spring's
     * {@code InMemoryUserDetailsManager}: that one is also a {@code UserDetailsPasswordService}, so Spring
     * re-encodes a {@code {noop}} password with bcrypt at the first login and checks bcrypt on every request after.
     */
    @Bean
    UserDetailsService users(ClinicUsersProperties properties) {
        Map<String, UserDetails> users = properties.users().stream()
                .collect(Collectors.toUnmodifiableMap(
                        ClinicUsersProperties.User::username, user -> User.withUsername(user.username())
                                .password(user.password())
                                .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
                                .build()));
        return username -> {
            UserDetails user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException(username);
            }
            return User.withUserDetails(user).build();
        };
    }
}
