package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.delivery.OutgoingMessage;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of each reminder, from {@code messages_<language>.properties} (English unless the client's language
 * has a bundle). The session time is shown in the client's zone and language. Texts name only the time and the
 * advice to drink water: nothing of the intake, the technique or the client's health goes into a message.
 */
@Component
class ReminderTexts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final ReminderPolicy policy;

    ReminderTexts(ReminderPolicy policy) {
        this.policy = policy;
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ENGLISH);
    }

    OutgoingMessage compose(Reminder reminder, ClientContact contact, String address) {
        Locale language = contact == null ? Locale.ENGLISH : contact.language();
        ZonedDateTime start =
                reminder.sessionStart().atZone(contact == null ? reminder.zone() : contact.zoneOr(reminder.zone()));
        Object[] args = {
            DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(language)
                    .format(start),
            DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(language)
                    .format(start),
            start.getZone().getDisplayName(TextStyle.FULL, language),
            policy.headacheLogUrl().replace("{clientId}", reminder.clientId()),
            reminder.replyBy() == null
                    ? ""
                    : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(language)
                            .format(reminder.replyBy().atZone(start.getZone()))
        };
        String prefix =
                switch (reminder.kind()) {
                    case PRE_SESSION -> "reminder.before.";
                    case FOLLOW_UP -> "reminder.after.";
                    case CADENCE_NUDGE -> "reminder.nudge.";
                    case WAITLIST_OFFER -> "reminder.offer.";
                };
        String body = reminder.channel() == Channel.SMS ? "sms" : "body";
        return new OutgoingMessage(
                reminder.id(),
                reminder.idempotencyKey(),
                reminder.clientId(),
                reminder.kind().name(),
                reminder.channel(),
                address,
                messages.getMessage(prefix + "subject", args, language),
                messages.getMessage(prefix + body, args, language));
    }
}
