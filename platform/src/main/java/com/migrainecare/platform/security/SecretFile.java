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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret generated once into a file readable by its owner only, which every service of one machine then reads
 * (the token secret, the master key of personal data). Two processes starting at once end up with the same
 * secret: the file appears whole or not at all.
 */
public final class SecretFile {

    private static final Logger log = LoggerFactory.getLogger(SecretFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private SecretFile() {}

    /**
     * The text kept in {@code file}, stripped; first {@code generatedBytes} random bytes (base64url) are written
     * there if the file does not exist. {@code what} names the secret in log lines, never its value.
     */
    public static String readOrCreate(Path file, int generatedBytes, String what) throws IOException {
        if (!Files.exists(file)) {
            create(file, generatedBytes, what);
        }
        warnIfOthersCanRead(file, what);
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** {@code bytes} random bytes as base64url, without padding. */
    public static String generated(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void create(Path file, int generatedBytes, String what) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path draft = Files.createTempFile(folder, "." + file.getFileName() + "-", ".tmp", ownerOnly(folder));
        try {
            Files.writeString(draft, generated(generatedBytes) + "\n", StandardCharsets.UTF_8);
            publish(draft, file);
            log.info("Generated the {} in {}", what, file);
        } catch (FileAlreadyExistsException raced) {
            log.debug("Another process wrote {} first", file);
        } finally {
            Files.deleteIfExists(draft);
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

    private static FileAttribute<?>[] ownerOnly(Path folder) {
        return Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null
                ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }

    private static void warnIfOthersCanRead(Path file, String what) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.stream().anyMatch(p -> !p.name().startsWith("OWNER_"))) {
            log.warn(
                    "{} is readable by others ({}): anyone who reads it holds the {}",
                    file,
                    PosixFilePermissions.toString(permissions),
                    what);
        }
    }
}
