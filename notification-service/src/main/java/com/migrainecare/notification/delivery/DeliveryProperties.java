package com.migrainecare.notification.delivery;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How each channel is delivered. {@code email} is {@code LOG} or {@code SMTP} (then {@code spring.mail.*}
 * names the server); {@code sms} is {@code LOG} or {@code WEBHOOK} (then {@code webhook.url} and
 * {@code webhook.secret}, the secret from the environment only).
 */
@ConfigurationProperties("clinic.delivery")
public record DeliveryProperties(Mode email, Mode sms, String from, String messageIdDomain, Webhook webhook) {

    public DeliveryProperties {
        email = email == null ? Mode.LOG : email;
        sms = sms == null ? Mode.LOG : sms;
        from = from == null ? "reminders@clinic.invalid" : from;
        messageIdDomain = messageIdDomain == null ? "reminders.clinic.invalid" : messageIdDomain;
        webhook = webhook == null ? new Webhook(null, null, null) : webhook;
    }

    /** Where a channel's messages go. */
    public enum Mode {
        LOG,
        SMTP,
        WEBHOOK
    }

    /** The SMS webhook; a call that takes longer than {@code timeout} counts as failed. */
    public record Webhook(URI url, String secret, Duration timeout) {

        public Webhook {
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }
    }
}
