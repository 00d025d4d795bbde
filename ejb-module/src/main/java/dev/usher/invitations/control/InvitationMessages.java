package dev.usher.invitations.control;

import dev.usher.mail.MailOutbox;
import dev.usher.mail.MailSettings;
import dev.usher.mail.MailTemplates;
import dev.usher.mail.SenderAddress;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Composes the invitation e-mail. Its structure is what mail clients show best:
 *
 * <pre>
 * multipart/mixed                      (only when an .ics is attached)
 *   multipart/alternative
 *     text/plain                       the whole message in words
 *     multipart/related
 *       text/html                      table layout, inline CSS, the QR as &lt;img src="cid:..."&gt;
 *       image/png                      the QR code, inline, with its Content-ID
 *   text/calendar                      invitation.ics, when the event has a date
 * </pre>
 *
 * Every value a person typed reaches the HTML only through Pebble's autoescaping. The words are the
 * event's language's ({@link GuestMailTexts}), the HTML in its direction.
 */
@ApplicationScoped
public class InvitationMessages {

    /** Names the invitation in the message's headers (the token is never in a header). */
    public static final String NUMBER_HEADER = MailOutbox.FILE_NAME_HEADER;
    private static final String QR_CONTENT_ID = "invitation-qr";

    private final PebbleTemplate html;
    private final PebbleTemplate text;

    @Inject
    MailSettings settings;

    @Inject
    InvitationLook look;

    @Inject
    InvitationLinks links;

    @Inject
    EventBrands brands;

    public InvitationMessages() {
        html = MailTemplates.get("guest/invitation.html.peb");
        text = MailTemplates.get("guest/invitation.txt.peb");
    }

    /** For unit tests and the benchmark, outside the container. */
    public InvitationMessages(MailSettings settings, InvitationLook look, InvitationLinks links) {
        this();
        this.settings = settings;
        this.look = look;
        this.links = links;
    }

    public String subject(InvitationLetter letter) {
        String about = letter.event() != null ? letter.event().name() : look.branding().name();
        return MailTemplates.oneLine(texts(letter).get("invitation.subject",
                Map.of("event", about, "number", letter.number())));
    }

    /** The words of the event's language (English for a general invitation, which has no event). */
    static GuestMailTexts texts(InvitationLetter letter) {
        return GuestMailTexts.of(letter.event() == null ? null : letter.event().language());
    }

    /** The complete message, ready for {@code Transport.sendMessage} or an .eml file. */
    public MimeMessage compose(InvitationLetter letter, Session session) throws MessagingException {
        MailBrand brand = brand(letter);
        Map<String, Object> model = model(letter, brand);
        byte[] qr = QrCodes.png(links.validateUrl(letter.token()));

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(MailTemplates.render(text, model), StandardCharsets.UTF_8.name(), "plain");

        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(MailTemplates.render(html, model), StandardCharsets.UTF_8.name(), "html");
        MimeBodyPart image = new MimeBodyPart();
        image.setDataHandler(new DataHandler(new ByteArrayDataSource(qr, "image/png")));
        image.setContentID("<" + QR_CONTENT_ID + ">");
        image.setDisposition(MimeBodyPart.INLINE);
        image.setFileName(letter.number() + ".png");
        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(htmlPart);
        related.addBodyPart(image);
        if (brand.hasImage()) {
            related.addBodyPart(brand.inlineImage());
        }
        MimeBodyPart relatedPart = new MimeBodyPart();
        relatedPart.setContent(related);

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(relatedPart);

        InvitationMimeMessage message = new InvitationMimeMessage(session, messageId(letter));
        var calendar = look.calendarAttachment() ? CalendarFile.of(letter, Instant.now())
                : java.util.Optional.<String>empty();
        message.setContent(BrandedMail.withCalendar(alternative, calendar, "invitation.ics"));
        message.setFrom(SenderAddress.of(settings.from(), brand.senderName()));
        message.setRecipient(MimeMessage.RecipientType.TO, recipient(letter));
        message.setSubject(subject(letter), StandardCharsets.UTF_8.name());
        message.setSentDate(new java.util.Date());
        message.setHeader(NUMBER_HEADER, letter.number());
        message.saveChanges();
        return message;
    }

    /** The Message-ID, which the ledger keeps as the provider's id and the tracking pixel is named after. */
    public String messageId(InvitationLetter letter) {
        String from = settings.from();
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "usher.localhost" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<" + letter.reference() + "@" + (domain.isEmpty() ? "usher.localhost" : domain) + ">";
    }

    /**
     * The HTML part as a mail client would show it, for the console's preview: the inline parts
     * (QR code, brand image) as {@code data:} URIs instead of {@code cid:} references.
     */
    public String previewHtml(InvitationLetter letter) {
        MailBrand brand = brand(letter);
        Map<String, Object> model = model(letter, brand);
        model.remove("trackingPixelUrl");
        return brand.inPreview(MailTemplates.render(html, model).replace("\"cid:" + QR_CONTENT_ID + "\"", "\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(QrCodes.png(links.validateUrl(letter.token()))) + "\""));
    }

    /** The brand of the letter's event (the server's defaults for a general invitation). */
    MailBrand brand(InvitationLetter letter) {
        if (brands == null) {
            return MailBrand.of(look.branding());
        }
        return brands.forEvent(letter.event() == null ? null : letter.event().id());
    }

    private Map<String, Object> model(InvitationLetter letter, MailBrand mailBrand) {
        InvitationLook.Branding brand = look.branding();
        GuestMailTexts texts = texts(letter);
        Map<String, Object> values = new HashMap<>();
        values.put("name", letter.recipientName());
        values.put("event", letter.event() == null ? null : letter.event().name());
        values.put("number", letter.number());
        values.put("seats", letter.seats());
        values.put("brand", mailBrand.name());
        values.put("type", texts.get("invitation.type." + letter.type().name()));
        Map<String, Object> model = texts.model(values);
        model.put("subject", subject(letter));
        model.put("brandName", mailBrand.name());
        model.put("brandColour", mailBrand.colour());
        if (mailBrand.hasImage()) {
            model.put("brandImageContentId", MailBrand.IMAGE_CONTENT_ID);
        }
        model.put("supportEmail", brand.supportEmail());
        model.put("supportPhone", brand.supportPhone());
        model.put("supportUrl", brand.supportUrl());
        model.put("footer", brand.footer() != null ? brand.footer() : texts.get("invitation.footer", values));
        model.put("year", Year.now().getValue());
        model.put("recipientName", letter.recipientName());
        model.put("customMessage", letter.customMessage());
        model.put("number", letter.number());
        model.put("seats", letter.seats());
        model.put("qrContentId", QR_CONTENT_ID);
        if (letter.event() != null) {
            Map<String, Object> event = new HashMap<>();
            event.put("name", letter.event().name());
            InvitationLetter.EventFacts facts = letter.event();
            event.put("when", texts.when(facts.date(), facts.startTime(), facts.timeZone()));
            event.put("location", letter.event().location());
            model.put("event", event);
        }
        if (letter.rsvp() != null) {
            model.put("rsvp", letter.rsvp().model());
        }
        if (look.trackingPixel()) {
            model.put("trackingPixelUrl", links.trackingPixelUrl(letter.reference()));
        }
        return model;
    }

    private static InternetAddress recipient(InvitationLetter letter) {
        try {
            return new InternetAddress(letter.email(), MailTemplates.oneLine(letter.recipientName()), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }


    /** A MimeMessage whose Message-ID is ours, not one the mail library makes up at saveChanges. */
    private static final class InvitationMimeMessage extends MimeMessage {
        private final String id;

        InvitationMimeMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
