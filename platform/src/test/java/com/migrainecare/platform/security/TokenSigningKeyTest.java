package com.migrainecare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSigningKeyTest {

    private static final String SECRET = "a-configured-secret-of-more-than-32-bytes";

    @TempDir
    Path dataDir;

    @Test
    void generatesTheSecretOnceIntoAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = dataDir.resolve("nested/token-secret");

        TokenSigningKey first = TokenSigningKey.fromFile(file);
        TokenSigningKey second = TokenSigningKey.fromFile(file);

        assertThat(second.secretKey().getEncoded()).isEqualTo(first.secretKey().getEncoded());
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(TokenSigningKey.MIN_SECRET_BYTES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void servicesStartingAtOnceAgreeOnOneSecret() throws Exception {
        Path file = dataDir.resolve("token-secret");
        ExecutorService starts = Executors.newFixedThreadPool(4);
        try {
            List<Callable<byte[]>> services = IntStream.range(0, 8)
                    .<Callable<byte[]>>mapToObj(i ->
                            () -> TokenSigningKey.fromFile(file).secretKey().getEncoded())
                    .toList();
            List<byte[]> keys = starts.invokeAll(services).stream()
                    .map(TokenSigningKeyTest::result)
                    .toList();

            assertThat(keys).allSatisfy(key -> assertThat(key).isEqualTo(keys.get(0)));
        } finally {
            starts.shutdownNow();
        }
    }

    @Test
    void aConfiguredSecretWinsOverTheFile() throws Exception {
        Path file = dataDir.resolve("token-secret");
        Files.writeString(file, "a-secret-kept-in-the-file-for-this-machine\n");

        TokenSigningKey key = TokenSigningKey.resolve(new AccessTokenProperties(SECRET, null, null, null), file);

        assertThat(key.secretKey().getEncoded()).isEqualTo(SECRET.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSecretInTheFileIsTheSameAsTheSecretConfigured() throws Exception {
        Path file = dataDir.resolve("token-secret");
        Files.writeString(file, SECRET + "\n");

        TokenSigningKey fromFile = TokenSigningKey.resolve(new AccessTokenProperties(null, null, null, null), file);

        assertThat(fromFile.secretKey().getEncoded())
                .isEqualTo(TokenSigningKey.of(SECRET).secretKey().getEncoded());
    }

    @Test
    void aConfiguredFileWinsOverTheDefaultOne() throws Exception {
        Path configured = dataDir.resolve("elsewhere/secret");
        Path defaultFile = dataDir.resolve("token-secret");

        TokenSigningKey.resolve(new AccessTokenProperties(" ", configured.toString(), null, null), defaultFile);

        assertThat(configured).exists();
        assertThat(defaultFile).doesNotExist();
    }

    @Test
    void withoutAWritableDataDirectoryTheSecretLivesInMemory() throws Exception {
        Path notADirectory = Files.writeString(dataDir.resolve("plain-file"), "x");

        TokenSigningKey key = TokenSigningKey.resolve(
                new AccessTokenProperties(null, null, null, null), notADirectory.resolve("token-secret"));

        assertThat(key.secretKey().getEncoded()).hasSizeGreaterThanOrEqualTo(TokenSigningKey.MIN_SECRET_BYTES);
    }

    @Test
    void refusesShortSecrets() throws Exception {
        assertThatThrownBy(() -> TokenSigningKey.of("too-short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
        Path file = Files.writeString(dataDir.resolve("token-secret"), "short\n");
        assertThatThrownBy(() -> TokenSigningKey.fromFile(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("delete the file");
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(TokenSigningKey.of(SECRET).toString()).doesNotContain(SECRET);
        assertThat(new AccessTokenProperties(SECRET, null, null, null).toString())
                .doesNotContain(SECRET);
    }

    private static byte[] result(Future<byte[]> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
