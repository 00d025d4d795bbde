package dev.usher.rsvp.control;

import dev.usher.invitations.control.BrandedMail;
import dev.usher.invitations.control.CalendarFile;
import dev.usher.invitations.control.EventBrands;
import dev.usher.invitations.control.GuestMailTexts;
import dev.usher.invitations.control.MailBrand;
import dev.usher.mail.MailSettings;
import dev.usher.mail.MailTemplates;
import dev.usher.mail.SenderAddress;
import dev.usher.rsvp.entity.RsvpChoice;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composes the confirmation of a guest's answer ({@code mail/guest/confirmation.*.peb}, HTML
 * autoescaped) in the event's language and direction and brand: what they answered (each member's
 * answer for a household), the event, the link to their RSVP page to change it, and when they
 * attend an {@code .ics} of the event ({@link CalendarFile}, under one UID per guest, so a changed
 * answer updates the calendar's entry):
 *
 * <pre>
 * multipart/mixed              (only with the .ics)
 *   multipart/alternative      text/plain, text/html (multipart/related with the brand image)
 *   text/calendar              event.ics
 * </pre>
 */
@ApplicationScoped
public class ConfirmationMessages {

    private final PebbleTemplate html;
    private final PebbleTemplate text;

    @Inject
    EventBrands brands;

    @Inject
    MailSettings settings;

    public ConfirmationMessages() {
        html = MailTemplates.get("guest/confirmation.html.peb");
        text = MailTemplates.get("guest/confirmation.txt.peb");
    }

    public String subject(ConfirmationLetter letter) {
        return GuestConfirmations.subject(texts(letter), letter.event().name(), letter.answer());
    }

    /** The event as a calendar file, when the guest attends and the event has a date. */
    public Optional<String> calendar(ConfirmationLetter letter, Instant now) {
        if (letter.answer() != RsvpChoice.yes) {
            return Optional.empty();
        }
        return CalendarFile.of("rsvp-" + letter.guestId() + "@usher", letter.event(), null, now);
    }

    public MimeMessage compose(ConfirmationLetter letter, Session session) throws MessagingException {
        MailBrand brand = brands.forEvent(letter.event().id());
        Optional<String> calendar = calendar(letter, Instant.now());
        Map<String, Object> model = model(letter, brand, calendar.isPresent());
        MimeMessage message = new MimeMessage(session);
        message.setContent(BrandedMail.withCalendar(BrandedMail.body(MailTemplates.render(text, model),
                MailTemplates.render(html, model), brand), calendar, "event.ics"));
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

    private static GuestMailTexts texts(ConfirmationLetter letter) {
        return GuestMailTexts.of(letter.event().language());
    }

    private Map<String, Object> model(ConfirmationLetter letter, MailBrand brand, boolean withCalendar) {
        GuestMailTexts texts = texts(letter);
        var facts = letter.event();
        Map<String, Object> values = new HashMap<>();
        values.put("name", letter.firstName());
        values.put("event", facts.name());
        values.put("brand", brand.name());
        Map<String, Object> model = texts.model(values);
        model.put("subject", subject(letter));
        model.put("brandName", brand.name());
        model.put("brandColour", brand.colour());
        if (brand.hasImage()) {
            model.put("brandImageContentId", MailBrand.IMAGE_CONTENT_ID);
        }
        model.put("answer", texts.get("confirmation.answer." + letter.answer().name()));
        List<String> members = letter.members().stream()
                .map(m -> texts.get("confirmation.member." + m.attending().name(),
                        Map.of("name", m.name() == null ? "+1" : m.name())))
                .toList();
        model.put("members", members);
        Map<String, Object> event = new HashMap<>();
        event.put("name", facts.name());
        event.put("location", facts.location());
        event.put("when", texts.when(facts.date(), facts.startTime(), facts.timeZone()));
        model.put("event", event);
        model.put("calendar", withCalendar);
        if (letter.pageUrl() != null) {
            model.put("pageUrl", letter.pageUrl());
            model.put("change", letter.deadline() == null ? texts.get("confirmation.changeAnyTime")
                    : texts.get("confirmation.changeUntil",
                    Map.of("deadline", texts.moment(letter.deadline(), facts.timeZone()))));
        }
        return model;
    }
}
