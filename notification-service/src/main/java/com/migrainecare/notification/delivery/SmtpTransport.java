package com.migrainecare.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Email through Spring's mail sender. The Message-ID is made from the idempotency key, so a message sent again
 * after a crash carries the same id and mail systems that deduplicate on it show it once.
 */
class SmtpTransport implements Transport {

    private final JavaMailSender mail;
    private final String from;
    private final String messageIdDomain;

    SmtpTransport(JavaMailSender mail, String from, String messageIdDomain) {
        this.mail = mail;
        this.from = from;
        this.messageIdDomain = messageIdDomain;
    }

    @Override
    public String name() {
        return "SMTP";
    }

    @Override
    public String send(OutgoingMessage message) {
        String messageId = messageIdOf(message);
        try {
            MimeMessage mime = new FixedIdMimeMessage(mail.createMimeMessage(), messageId);
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject() == null ? "" : message.subject());
            helper.setText(message.body());
            mail.send(mime);
            return messageId;
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailedException("SMTP: " + e.getMessage(), e);
        }
    }

    String messageIdOf(OutgoingMessage message) {
        return "<" + message.idempotencyKey().replace(':', '.') + "@" + messageIdDomain + ">";
    }

    /** Jakarta Mail replaces the Message-ID on every save; this one keeps the id it was given. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(MimeMessage session, String messageId) throws MessagingException {
            super(session.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
