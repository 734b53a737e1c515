package com.migrainecare.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the master key of personal data comes from, and what it refuses. */
class MasterKeyTest {

    private static final String CONFIGURED = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dataDir;

    @Test
    void generatesTheKeyOnceIntoAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = dataDir.resolve("master-key");

        MasterKey first = MasterKey.resolve(new PrivacyProperties(null, null), file);
        MasterKey second = MasterKey.resolve(new PrivacyProperties(null, null), file);

        assertThat(second.secretKey().getEncoded())
                .isEqualTo(first.secretKey().getEncoded())
                .hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void aConfiguredKeyWinsOverTheFile() {
        Path file = dataDir.resolve("master-key");

        MasterKey key = MasterKey.resolve(new PrivacyProperties(CONFIGURED, null), file);

        assertThat(key.secretKey().getEncoded()).isEqualTo(new byte[32]);
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesAKeyOfTheWrongLengthWithoutPrintingIt() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> MasterKey.of(short16))
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(short16);
        assertThat(new PrivacyProperties(CONFIGURED, null).toString()).doesNotContain(CONFIGURED);
        assertThat(MasterKey.of(CONFIGURED).toString()).doesNotContain(CONFIGURED);
    }

    @Test
    void aSealOpensOnlyWithItsKeyAndContext() {
        MasterKey key = MasterKey.of(CONFIGURED);
        byte[] sealed = Gcm.seal(key.secretKey(), "Mara".getBytes(), "personal-data:c-1");

        assertThat(Gcm.open(key.secretKey(), sealed, "personal-data:c-1")).isEqualTo("Mara".getBytes());
        assertThatThrownBy(() -> Gcm.open(key.secretKey(), sealed, "personal-data:c-2"))
                .isInstanceOf(Gcm.SealBroken.class);
    }
}
