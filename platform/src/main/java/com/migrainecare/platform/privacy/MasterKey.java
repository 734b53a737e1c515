package com.migrainecare.platform.privacy;

import com.migrainecare.platform.security.SecretFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that wraps the clients' keys in {@code personal_data_key}. Losing it makes every sealed field
 * unreadable, so, unlike the token secret, there is no fallback to a key that lives only in memory: a service that
 * can neither read nor write it does not start.
 */
public final class MasterKey {

    static final int BYTES = 32;

    private final SecretKey key;

    private MasterKey(SecretKey key) {
        this.key = key;
    }

    /** 32 bytes as base64 (standard or url-safe). */
    public static MasterKey of(String base64) {
        byte[] bytes = decode(base64.strip());
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException(
                    "the master key must be " + BYTES + " bytes in base64, it has " + bytes.length);
        }
        return new MasterKey(new SecretKeySpec(bytes, "AES"));
    }

    /** The configured key; else the one in the configured file or in {@code defaultFile}, generated there first. */
    public static MasterKey resolve(PrivacyProperties properties, Path defaultFile) {
        if (properties.hasMasterKey()) {
            return of(properties.masterKey());
        }
        Path file = properties.hasMasterKeyFile() ? Path.of(properties.masterKeyFile()) : defaultFile;
        try {
            return of(SecretFile.readOrCreate(file, BYTES, "master key of personal data"));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot keep the master key of personal data in " + file
                            + "; set clinic.privacy.master-key (CLINIC_PRIVACY_MASTER_KEY)",
                    e);
        }
    }

    SecretKey secretKey() {
        return key;
    }

    @Override
    public String toString() {
        return "MasterKey[AES-256]";
    }

    private static byte[] decode(String text) {
        try {
            return text.contains("-") || text.contains("_")
                    ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key is not base64");
        }
    }
}
