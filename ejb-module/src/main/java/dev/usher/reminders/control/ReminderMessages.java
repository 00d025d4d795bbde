package dev.usher.reminders.control;

import dev.usher.events.entity.EventDetails;
import dev.usher.invitations.control.BrandedMail;
import dev.usher.invitations.control.EventBrands;
import dev.usher.invitations.control.GuestMailTexts;
import dev.usher.invitations.control.MailBrand;
import dev.usher.invitations.control.RsvpButtons;
import dev.usher.mail.MailSettings;
import dev.usher.mail.MailTemplates;
import dev.usher.mail.SenderAddress;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Composes the reminder e-mail ({@code mail/guest/reminder.*.peb}, HTML autoescaped) in the event's
 * language and direction ({@link GuestMailTexts}) and brand: plain text and HTML as {@code multipart/alternative}, the brand image inline
 * ({@code cid:}), From the server's address under the event's sender name.
 */
@ApplicationScoped
public class ReminderMessages {

    private final PebbleTemplate html;
    private final PebbleTemplate text;

    @Inject
    EventBrands brands;

    @Inject
    MailSettings settings;

    public ReminderMessages() {
        html = MailTemplates.get("guest/reminder.html.peb");
        text = MailTemplates.get("guest/reminder.txt.peb");
    }

    /**
     * One guest's reminder: who it is for and what it says, in the event's {@code language}; {@code rsvp}:
     * the guest's Yes / No buttons, or null when the server makes no RSVP links.
     */
    public record Letter(UUID eventId, EventDetails event, String language, String firstName, String fullName,
                         String email, String message, RsvpButtons.Buttons rsvp) {
    }

    public String subject(Letter letter) {
        return MailTemplates.oneLine(GuestMailTexts.of(letter.language()).get("reminder.subject",
                Map.of("event", letter.event().name())));
    }

    public MimeMessage compose(Letter letter, Session session) throws MessagingException {
        MailBrand brand = brands.forEvent(letter.eventId());
        Map<String, Object> model = model(letter, brand);
        MimeMessage message = new MimeMessage(session);
        message.setContent(BrandedMail.body(MailTemplates.render(text, model), MailTemplates.render(html, model), brand));
        message.setFrom(SenderAddress.of(settings.from(), brand.senderName()));
        try {
            message.setRecipient(MimeMessage.RecipientType.TO,
                    new InternetAddress(letter.email(), MailTemplates.oneLine(letter.fullName()), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setSubject(subject(letter), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    /** The HTML part as a mail client shows it, the brand image as a data: URI: the organizers' preview. */
    public String previewHtml(Letter letter) {
        MailBrand brand = brands.forEvent(letter.eventId());
        return brand.inPreview(MailTemplates.render(html, model(letter, brand)));
    }

    private Map<String, Object> model(Letter letter, MailBrand brand) {
        GuestMailTexts texts = GuestMailTexts.of(letter.language());
        EventDetails d = letter.event();
        Map<String, Object> values = new HashMap<>();
        values.put("name", letter.firstName());
        values.put("event", d.name());
        values.put("brand", brand.name());
        Map<String, Object> model = texts.model(values);
        model.put("subject", subject(letter));
        model.put("brandName", brand.name());
        model.put("brandColour", brand.colour());
        if (brand.hasImage()) {
            model.put("brandImageContentId", MailBrand.IMAGE_CONTENT_ID);
        }
        model.put("firstName", letter.firstName());
        model.put("message", letter.message());
        if (letter.rsvp() != null) {
            model.put("rsvp", letter.rsvp().model());
        }
        Map<String, Object> event = new HashMap<>();
        event.put("name", d.name());
        event.put("location", d.location());
        event.put("when", texts.when(d.date(), d.startTime(), d.timeZone()));
        model.put("event", event);
        return model;
    }
}
