package dev.usher.invitations.control;

import dev.usher.invitations.entity.InvitationType;
import dev.usher.mail.MailFixtures;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The composed message: structure, escaping, branding; written out and parsed back as a mail client would. */
class InvitationMessagesTest {

    private final InvitationMessages messages = new InvitationMessages(MailFixtures.settings("smtp.test", "x"),
            InvitationLooks.withPixel(true),
            new InvitationLinks("https://usher.example/"));

    private static InvitationLetter letter(InvitationLetter.EventFacts event) {
        return new InvitationLetter(UUID.randomUUID(), "INV-0042", InvitationTokens.next(),
                "Dana \"<b>bold</b>\" Cohen\r\nBcc: evil@example.com", "Dana", "dana@example.com", InvitationType.vip,
                "Line one\n<script>alert('x')</script>", 2, event, "REF" + "x".repeat(19));
    }

    private static MimeMessage reparsed(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void aGeneralInvitationIsAlternativeOfTextAndRelatedHtmlWithTheQrInline() throws Exception {
        MimeMessage mail = reparsed(messages.compose(letter(null), Session.getInstance(new Properties())));
        assertThat(mail.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        String text = (String) alternative.getBodyPart(0).getContent();
        MimeMultipart related = (MimeMultipart) alternative.getBodyPart(1).getContent();
        String html = (String) related.getBodyPart(0).getContent();
        BodyPart image = related.getBodyPart(1);

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>")
                .contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold")
                .contains("Gala &amp; Co").contains("#0A0B0C").contains("help@usher.test")
                .contains("cid:invitation-qr").contains("INV-0042")
                .contains("https://usher.example/api/public/mail-opened/REF" + "x".repeat(19) + ".gif");
        assertThat(text).contains("<script>alert('x')</script>").contains("INV-0042").contains("Gala & Co")
                .doesNotContain("&lt;").doesNotContain("<table");
        assertThat(image.isMimeType("image/png")).isTrue();
        assertThat(image.getHeader("Content-ID")).containsExactly("<invitation-qr>");
        // The name's line break cannot start a header of its own.
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getMessageID()).isEqualTo("<REF" + "x".repeat(19) + "@usher.test>");
        assertThat(mail.getSubject()).isEqualTo("Your invitation to Gala & Co (INV-0042)");
    }

    @Test
    void anEventWithADateAddsTheCalendarFileBesideTheMessage() throws Exception {
        var event = new InvitationLetter.EventFacts(UUID.randomUUID(), "Summer <Gala>", LocalDate.of(2031, 7, 1),
                LocalTime.of(19, 30), "Asia/Jerusalem", "Jaffa port");
        MimeMessage mail = reparsed(messages.compose(letter(event), Session.getInstance(new Properties())));
        assertThat(mail.isMimeType("multipart/mixed")).isTrue();
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        assertThat(mixed.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
        assertThat(mixed.getBodyPart(1).isMimeType("text/calendar")).isTrue();
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("invitation.ics");
        String html = (String) ((MimeMultipart) ((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(1)
                .getContent()).getBodyPart(0).getContent();
        assertThat(html).contains("Summer &lt;Gala&gt;").contains("Tuesday, 1 July 2031 at 19:30 (Asia/Jerusalem)")
                .contains("Jaffa port");
    }

    @Test
    void aGuestsInvitationHasYesAndNoButtonsToTheRsvpPageAndAHebrewEventsMailIsAllHebrewRightToLeft() throws Exception {
        var buttons = new RsvpButtons.Buttons("https://usher.example/rsvp.html?answer=yes#T", "https://usher.example/rsvp.html?answer=no#T",
                "https://usher.example/rsvp.html#T");
        var hebrew = new InvitationLetter.EventFacts(UUID.randomUUID(), "חתונה", LocalDate.of(2031, 7, 1),
                LocalTime.of(19, 30), "Asia/Jerusalem", "נמל יפו", "he");
        MimeMessage mail = reparsed(messages.compose(letter(hebrew).withRsvp(buttons), Session.getInstance(new Properties())));
        MimeMultipart alternative = (MimeMultipart) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) ((MimeMultipart) alternative.getBodyPart(1).getContent()).getBodyPart(0).getContent();
        assertThat(mail.getSubject()).isEqualTo("ההזמנה שלך לחתונה (INV-0042)");
        assertThat(html).contains("<html lang=\"he\" dir=\"rtl\">").contains("dir=\"rtl\" lang=\"he\"")
                .contains("<a href=\"https://usher.example/rsvp.html?answer=yes#T\"")
                .contains("<a href=\"https://usher.example/rsvp.html?answer=no#T\"")
                .contains("כן, אגיע").contains("לא אוכל להגיע").contains("הוזמנת!")
                .contains("יום שלישי, 1 ביולי 2031 בשעה 19:30 (Asia/Jerusalem)")
                .contains("text-align:right").doesNotContain("You're invited").doesNotContain("Valid for");
        assertThat(text).contains("כן, אגיע: https://usher.example/rsvp.html?answer=yes#T")
                .contains("לא אוכל להגיע: https://usher.example/rsvp.html?answer=no#T")
                .contains("תקף לשימוש חד-פעמי של עד 2 אנשים").doesNotContain("Invitation number");

        String without = (String) ((MimeMultipart) ((MimeMultipart) reparsed(messages.compose(letter(null),
                Session.getInstance(new Properties()))).getContent()).getBodyPart(1).getContent()).getBodyPart(0).getContent();
        assertThat(without).doesNotContain("rsvp.html").contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("We are delighted to send you this VIP invitation.");
    }
}
