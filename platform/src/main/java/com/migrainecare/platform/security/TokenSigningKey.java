package com.migrainecare.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC key that signs and checks bearer tokens. Services that are to accept each other's tokens need the same
 * secret: configured, or generated once into a file that every service of one machine reads.
 */
public final class TokenSigningKey {

    /** HS256 wants a key at least as long as its hash. */
    public static final int MIN_SECRET_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(TokenSigningKey.class);
    private static final int GENERATED_BYTES = 48;

    private final SecretKey key;

    private TokenSigningKey(SecretKey key) {
        this.key = key;
    }

    /** A key from a configured secret, which must have at least {@value #MIN_SECRET_BYTES} bytes. */
    public static TokenSigningKey of(String secret) {
        byte[] bytes = secret.strip().getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "the token secret must have at least " + MIN_SECRET_BYTES + " bytes, it has " + bytes.length);
        }
        return new TokenSigningKey(new SecretKeySpec(bytes, "HmacSHA256"));
    }

    /**
     * The secret kept in {@code file}, generated there first (readable by its owner only) if the file does not exist.
     * Two processes starting at once end up with the same secret: the file appears whole or not at all.
     */
    public static TokenSigningKey fromFile(Path file) throws IOException {
        String secret = SecretFile.readOrCreate(file, GENERATED_BYTES, "token secret");
        try {
            return of(secret);
        } catch (IllegalArgumentException tooShort) {
            throw new IllegalStateException(
                    file + ": " + tooShort.getMessage() + "; delete the file to have a new secret generated", tooShort);
        }
    }

    /**
     * The configured secret; else the one in the configured file or in {@code defaultFile}; else, when that file
     * cannot be written, one that lives only as long as this process.
     */
    public static TokenSigningKey resolve(AccessTokenProperties properties, Path defaultFile) {
        if (properties.hasSecret()) {
            return of(properties.tokenSecret());
        }
        Path file = properties.hasSecretFile() ? Path.of(properties.tokenSecretFile()) : defaultFile;
        try {
            return fromFile(file);
        } catch (IOException | UnsupportedOperationException e) {
            log.warn(
                    "Cannot keep the token secret in {} ({}): tokens issued here are accepted by this process only;"
                            + " set clinic.security.token-secret (CLINIC_SECURITY_TOKEN_SECRET) to share them",
                    file,
                    e.toString());
            return of(SecretFile.generated(GENERATED_BYTES));
        }
    }

    public SecretKey secretKey() {
        return key;
    }

    @Override
    public String toString() {
        return "TokenSigningKey[HmacSHA256]";
    }
}
