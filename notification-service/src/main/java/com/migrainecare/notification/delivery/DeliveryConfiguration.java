package com.migrainecare.notification.delivery;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Builds the transport of each channel from {@link DeliveryProperties}. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    Channels channels(
            DeliveryProperties properties, ObjectProvider<JavaMailSender> mail, Deliveries deliveries, Clock clock) {
        return new Channels(
                Map.of(Channel.EMAIL, email(properties, mail), Channel.SMS, sms(properties)), deliveries, clock);
    }

    private static Transport email(DeliveryProperties properties, ObjectProvider<JavaMailSender> mail) {
        return switch (properties.email()) {
            case LOG -> new LogTransport();
            case SMTP ->
                new SmtpTransport(
                        mail.getIfAvailable(() -> {
                            throw new IllegalStateException("clinic.delivery.email=SMTP needs spring.mail.host");
                        }),
                        properties.from(),
                        properties.messageIdDomain());
            case WEBHOOK -> throw new IllegalStateException("email goes by SMTP or to the log, not by webhook");
        };
    }

    private static Transport sms(DeliveryProperties properties) {
        DeliveryProperties.Webhook webhook = properties.webhook();
        return switch (properties.sms()) {
            case LOG -> new LogTransport();
            case WEBHOOK -> {
                if (webhook.url() == null
                        || webhook.url().toString().isBlank()
                        || webhook.secret() == null
                        || webhook.secret().isBlank()) {
                    throw new IllegalStateException(
                            "clinic.delivery.sms=WEBHOOK needs clinic.delivery.webhook.url and .secret");
                }
                yield new WebhookSmsTransport(webhook.url(), webhook.secret(), webhook.timeout());
            }
            case SMTP -> throw new IllegalStateException("SMS goes by webhook or to the log, not by SMTP");
        };
    }
}
