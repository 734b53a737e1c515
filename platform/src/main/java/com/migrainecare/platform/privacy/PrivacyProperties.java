package com.migrainecare.platform.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master key that wraps every client's key: {@code clinic.privacy.master-key} ({@code
 * CLINIC_PRIVACY_MASTER_KEY}, 32 bytes as base64), else the file {@code master-key-file}, else a key generated
 * into {@code ${CLINIC_DATA_DIR:./data}/master-key}. Every service of one store needs the same master key.
 */
@ConfigurationProperties("clinic.privacy")
public record PrivacyProperties(String masterKey, String masterKeyFile) {

    boolean hasMasterKey() {
        return masterKey != null && !masterKey.isBlank();
    }

    boolean hasMasterKeyFile() {
        return masterKeyFile != null && !masterKeyFile.isBlank();
    }

    @Override
    public String toString() {
        return "PrivacyProperties[masterKey=" + (hasMasterKey() ? "(set)" : "(none)") + ", masterKeyFile="
                + masterKeyFile + "]";
    }
}
