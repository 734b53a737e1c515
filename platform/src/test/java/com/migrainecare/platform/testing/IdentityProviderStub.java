package com.migrainecare.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A chain's identity provider on 127.0.0.1 with a random port, with no network beyond loopback: it serves its
 * OpenID configuration and its JWK set (an RSA and a P-256 key), and signs RS256 (or ES256) tokens for tests. {@link #forge} signs with
 * another key under the same key id, as a forger would.
 */
public final class IdentityProviderStub implements AutoCloseable {

    public static final String AUDIENCE = "clinic-api";
    private static final String REALM = "/realms/clinic";
    private static final String JWKS = REALM + "/keys";
    private static final String KEY_ID = "clinic-key-1";

    private final HttpServer server;
    private final RSAKey key = rsaKey();
    private final RSAKey forger = rsaKey();
    private final ECKey ecKey = ecKey();
    private final AtomicInteger keyRequests = new AtomicInteger();
    private volatile boolean down;

    private IdentityProviderStub(HttpServer server) {
        this.server = server;
    }

    public static IdentityProviderStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            IdentityProviderStub stub = new IdentityProviderStub(server);
            server.createContext("/", stub::serve);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + JWKS;
    }

    /** The provider answers 503 to everything from now on (or again serves, with {@code false}). */
    public void down(boolean down) {
        this.down = down;
    }

    /** A current token signed with a key the services have not fetched yet, as after a key rotation. */
    public String rotatedKeyToken(Clock clock, String subject, List<String> roles) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("clinic-key-2").build(),
                claims(subject, clock).claim("roles", roles).build());
        try {
            jwt.sign(new RSASSASigner(forger));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** How often the JWK set has been fetched. */
    public int keyRequests() {
        return keyRequests.get();
    }

    /** Claims of a current token for {@code subject}: issued now by the clock, for five minutes, for the clinic. */
    public JWTClaimsSet.Builder claims(String subject, Clock clock) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    /** A current token of {@code subject} with {@code roles} and the given link claims (default claim names). */
    public String token(Clock clock, String subject, List<String> roles, Map<String, Object> links) {
        JWTClaimsSet.Builder claims = claims(subject, clock).claim("roles", roles);
        links.forEach(claims::claim);
        return sign(claims.build());
    }

    public String token(Clock clock, String subject, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(claims(subject, clock)).build());
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    /** Signed with ES256 (P-256), by the provider's elliptic-curve key. */
    public String signEs256(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(ecKey.getKeyID())
                        .build(),
                claims);
        try {
            jwt.sign(new ECDSASigner(ecKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Signed with a key the provider never published, under the key id of its real one. */
    public String forge(JWTClaimsSet claims) {
        return sign(claims, forger);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims);
        try {
            jwt.sign(new RSASSASigner(with));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        if (down) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        if (path.equals(REALM + "/.well-known/openid-configuration")) {
            body = "{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + jwkSetUri() + "\"}";
        } else if (path.equals(JWKS)) {
            keyRequests.incrementAndGet();
            body = new JWKSet(List.of(key.toPublicJWK(), ecKey.toPublicJWK())).toString();
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ECKey ecKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("clinic-ec-key-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
