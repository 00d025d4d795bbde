package dev.usher.invitations.control;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The MIME shape every guest e-mail shares: plain text and HTML as alternatives, the event brand's
 * image inline beside the HTML, and a calendar file attached when there is one. One place, so the
 * invitation, reminder and confirmation e-mails cannot drift apart.
 */
public final class BrandedMail {

    private BrandedMail() {
    }

    /** Text and HTML as alternatives; the HTML with the brand's image when the event has one. */
    public static MimeMultipart body(String text, String html, MailBrand brand) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        if (brand.hasImage()) {
            MimeMultipart related = new MimeMultipart("related");
            related.addBodyPart(htmlPart);
            related.addBodyPart(brand.inlineImage());
            MimeBodyPart relatedPart = new MimeBodyPart();
            relatedPart.setContent(related);
            alternative.addBodyPart(relatedPart);
        } else {
            alternative.addBodyPart(htmlPart);
        }
        return alternative;
    }

    /** The body alone, or the body with the calendar file attached under that name. */
    public static MimeMultipart withCalendar(MimeMultipart body, Optional<String> calendar, String fileName)
            throws MessagingException {
        if (calendar.isEmpty()) {
            return body;
        }
        MimeBodyPart bodyPart = new MimeBodyPart();
        bodyPart.setContent(body);
        MimeBodyPart ics = new MimeBodyPart();
        ics.setDataHandler(new DataHandler(new ByteArrayDataSource(
                calendar.get().getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=PUBLISH")));
        ics.setFileName(fileName);
        ics.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(bodyPart);
        mixed.addBodyPart(ics);
        return mixed;
    }
}
