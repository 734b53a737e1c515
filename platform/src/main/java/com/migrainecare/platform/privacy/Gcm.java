package com.migrainecare.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** AES-GCM through the JDK: a fresh 96-bit nonce per message, written before the ciphertext and its 128-bit tag. */
final class Gcm {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Gcm() {}

    /** {@code plain} under {@code key}, bound to {@code context} (authenticated, not encrypted). */
    static byte[] seal(SecretKey key, byte[] plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain bytes; refuses (without saying more) a message altered, sealed with another key or context. */
    static byte[] open(SecretKey key, byte[] message, String context) {
        if (message.length < NONCE_BYTES) {
            throw new SealBroken("sealed data too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, message, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(message, NONCE_BYTES, message.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SealBroken("sealed data does not match its key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Sealed bytes that do not open: altered, or sealed under another key (a different master key). */
    static final class SealBroken extends IllegalStateException {
        SealBroken(String message) {
            super(message);
        }
    }
}
