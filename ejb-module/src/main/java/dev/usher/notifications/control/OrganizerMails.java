package dev.usher.notifications.control;

import dev.usher.guests.boundary.ActivityItem;
import dev.usher.guests.boundary.ActivitySource;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.mail.MailSettings;
import dev.usher.mail.MailTemplates;
import dev.usher.mail.SenderAddress;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The e-mails Usher sends organizers ({@code mail/organizer/*.peb}, HTML autoescaped, plain text beside
 * it): the RSVP digest and the note to a member added by e-mail. In English, Usher's own look: they
 * go to the people who run the event, not its guests, so the event's brand and language do not apply.
 */
@ApplicationScoped
public class OrganizerMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.ENGLISH);

    private final PebbleTemplate digestHtml = MailTemplates.get("organizer/digest.html.peb");
    private final PebbleTemplate digestText = MailTemplates.get("organizer/digest.txt.peb");
    private final PebbleTemplate memberHtml = MailTemplates.get("organizer/member-invited.html.peb");
    private final PebbleTemplate memberText = MailTemplates.get("organizer/member-invited.txt.peb");

    @Inject
    MailSettings settings;

    @Inject
    OrganizerLinks links;

    /** A digest: {@code items} oldest first, {@code total} of which they are the first. */
    public record Digest(UUID eventId, String eventName, String email, List<ActivityItem> items, long total) {
    }

    /** The note to a member added by e-mail. */
    public record MemberNote(UUID eventId, String eventName, String email, String displayName, String role,
                             String invitedBy) {
    }

    public static String digestSubject(Digest digest) {
        return MailTemplates.oneLine("RSVP changes for " + digest.eventName() + " (" + digest.total() + ")");
    }

    public MimeMessage digest(Digest digest, Session session) throws MessagingException {
        Map<String, Object> model = new HashMap<>();
        model.put("subject", digestSubject(digest));
        model.put("eventName", digest.eventName());
        model.put("total", digest.total());
        model.put("more", digest.total() - digest.items().size());
        model.put("activityUrl", links.activity(digest.eventId()));
        model.put("changes", digest.items().stream().map(OrganizerMails::change).toList());
        return message(session, digest.email(), digestSubject(digest), MailTemplates.render(digestText, model),
                MailTemplates.render(digestHtml, model));
    }

    public MimeMessage memberNote(MemberNote note, Session session) throws MessagingException {
        String subject = MailTemplates.oneLine("You were added to " + note.eventName() + " on Usher");
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("eventName", note.eventName());
        model.put("displayName", note.displayName());
        model.put("role", note.role());
        model.put("invitedBy", note.invitedBy());
        model.put("eventUrl", links.event(note.eventId()));
        return message(session, note.email(), subject, MailTemplates.render(memberText, model),
                MailTemplates.render(memberHtml, model));
    }

    private static Map<String, Object> change(ActivityItem item) {
        Map<String, Object> change = new HashMap<>();
        change.put("guest", item.guestName());
        change.put("answer", answer(item.to()));
        change.put("was", answer(item.from()));
        change.put("source", source(item.source()));
        change.put("evidence", item.evidence());
        change.put("when", WHEN.format(item.changedAt()));
        return change;
    }

    static String answer(GuestStatus status) {
        return switch (status) {
            case confirmed -> "attending";
            case declined -> "not attending";
            case invited -> "not answered";
        };
    }

    static String source(ActivitySource source) {
        return switch (source) {
            case web -> "RSVP page";
            case whatsapp -> "WhatsApp";
            case organizer -> "organizer";
        };
    }

    private MimeMessage message(Session session, String to, String subject, String text, String html)
            throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(htmlPart);
        MimeMessage message = new MimeMessage(session);
        message.setContent(alternative);
        message.setFrom(SenderAddress.of(settings.from(), null));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }
}
