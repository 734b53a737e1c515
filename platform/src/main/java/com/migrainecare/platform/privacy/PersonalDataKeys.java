package com.migrainecare.platform.privacy;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clients' keys in {@code personal_data_key}, each wrapped by the {@link MasterKey} and bound to its client.
 * A key is made the first time a client's personal data is written, in a transaction of its own so that two
 * writers racing for it agree on one key (the loser reads the winner's). Erasing deletes the key for good.
 */
public class PersonalDataKeys {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final MasterKey master;
    private final Clock clock;

    public PersonalDataKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, MasterKey master, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.master = master;
        this.clock = clock;
    }

    /** What is known of one client's key. */
    public sealed interface KeyState {

        /** No personal data of the client was ever sealed (events written in clear before keys existed). */
        record None() implements KeyState {}

        record Present(SecretKey key) implements KeyState {}

        record Erased() implements KeyState {}
    }

    public KeyState stateOf(String clientId) {
        List<Optional<String>> rows = jdbc.query(
                "SELECT wrapped_key FROM personal_data_key WHERE client_id = ?",
                (row, n) -> Optional.ofNullable(row.getString(1)),
                clientId);
        if (rows.isEmpty()) {
            return new KeyState.None();
        }
        return rows.get(0)
                .<KeyState>map(wrapped -> new KeyState.Present(unwrap(clientId, wrapped)))
                .orElseGet(KeyState.Erased::new);
    }

    /** The client's key, made now if they have none; refused for an erased client. */
    public SecretKey keyFor(String clientId) {
        KeyState state = stateOf(clientId);
        if (state instanceof KeyState.Present present) {
            return present.key();
        }
        if (state instanceof KeyState.Erased) {
            throw new ClientErasedException(clientId);
        }
        byte[] fresh = new byte[KEY_BYTES];
        RANDOM.nextBytes(fresh);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO personal_data_key (client_id, wrapped_key, created_at) VALUES (?, ?, ?)",
                    clientId,
                    wrap(clientId, fresh),
                    Timestamp.from(clock.instant())));
            return new SecretKeySpec(fresh, "AES");
        } catch (DuplicateKeyException raced) {
            return keyFor(clientId);
        }
    }

    /**
     * Deletes the client's key and records that they were erased, in the caller's transaction (the one that appends
     * the erasure). A client who never had a key gets the record all the same.
     */
    public void erase(String clientId) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "UPDATE personal_data_key SET wrapped_key = NULL, erased_at = ? WHERE client_id = ?", now, clientId);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO personal_data_key (client_id, wrapped_key, created_at, erased_at) VALUES (?, NULL, ?, ?)",
                    clientId,
                    now,
                    now);
        }
    }

    private String wrap(String clientId, byte[] key) {
        return Base64.getEncoder().encodeToString(Gcm.seal(master.secretKey(), key, context(clientId)));
    }

    private SecretKey unwrap(String clientId, String wrapped) {
        try {
            return new SecretKeySpec(
                    Gcm.open(master.secretKey(), Base64.getDecoder().decode(wrapped), context(clientId)), "AES");
        } catch (Gcm.SealBroken e) {
            throw new IllegalStateException(
                    "the key of client " + clientId + " does not open with this master key: is"
                            + " clinic.privacy.master-key the one the store was written with?",
                    e);
        }
    }

    private static String context(String clientId) {
        return "personal-data-key:" + clientId;
    }

    /** Personal data offered for a client whose key was deleted: it could never be read again. */
    public static final class ClientErasedException extends IllegalStateException {
        public ClientErasedException(String clientId) {
            super("the personal data of client " + clientId + " was erased");
        }
    }
}
