package com.migrainecare.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
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
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

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
        if (Files.exists(file)) {
            return read(file);
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path draft = Files.createTempFile(folder, ".token-secret-", ".tmp", ownerOnly(folder));
        try {
            String secret = generated();
            Files.writeString(draft, secret + "\n", StandardCharsets.UTF_8);
            publish(draft, file);
            log.info("Generated the token secret in {}", file);
        } catch (FileAlreadyExistsException raced) {
            log.debug("Another process wrote {} first", file);
        } finally {
            Files.deleteIfExists(draft);
        }
        return read(file);
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
            return of(generated());
        }
    }

    public SecretKey secretKey() {
        return key;
    }

    @Override
    public String toString() {
        return "TokenSigningKey[HmacSHA256]";
    }

    private static TokenSigningKey read(Path file) throws IOException {
        warnIfOthersCanRead(file);
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException tooShort) {
            throw new IllegalStateException(
                    file + ": " + tooShort.getMessage() + "; delete the file to have a new secret generated", tooShort);
        }
    }

    /** A hard link fails if the target exists, so a racing writer never replaces a secret already handed out. */
    private static void publish(Path draft, Path file) throws IOException {
        try {
            Files.createLink(file, draft);
        } catch (UnsupportedOperationException noLinks) {
            Files.move(draft, file);
        }
    }

    private static String generated() {
        byte[] bytes = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) {
        return Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null
                ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.stream().anyMatch(p -> !p.name().startsWith("OWNER_"))) {
            log.warn(
                    "{} is readable by others ({}): anyone who reads it can sign tokens",
                    file,
                    PosixFilePermissions.toString(permissions));
        }
    }
}
