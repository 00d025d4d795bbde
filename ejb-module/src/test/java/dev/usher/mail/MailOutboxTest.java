package dev.usher.mail;

import dev.usher.mail.MailFixtures;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two ways out: SMTP, whose failures are told apart as temporary or permanent, and the .eml folder. */
class MailOutboxTest {

    private static MimeMessage message(Session session) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("invitations@usher.test"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("dana@example.com"));
        message.setSubject("Hello");
        message.setText("Body");
        message.setHeader(MailOutbox.FILE_NAME_HEADER, "INV-0007");
        message.saveChanges();
        return message;
    }

    private static Session session(int port) {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "5000");
        return Session.getInstance(p);
    }

    @Test
    void oneSmtpConnectionCarriesManyMessages() throws Exception {
        try (SmtpStub stub = new SmtpStub(); var smtp = new MailOutbox.Smtp(session(stub.port()), null, null)) {
            for (int i = 0; i < 3; i++) {
                smtp.deliver(message(smtp.session()));
            }
            assertThat(stub.accepted.get()).isEqualTo(3);
            assertThat(stub.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void smtpSocketsHaveNagleOffUnlessServerXmlNamesAFactory() throws Exception {
        Session session = MailOutbox.withoutNagle(session(1));
        assertThat(session.getProperties().get(MailOutbox.SOCKET_FACTORY)).isInstanceOf(NoDelaySockets.class);
        try (var socket = new NoDelaySockets().createSocket()) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
        Session configured = session(1);
        configured.getProperties().put(MailOutbox.SOCKET_FACTORY + ".class", "com.example.Sockets");
        assertThat(MailOutbox.withoutNagle(configured).getProperties().get(MailOutbox.SOCKET_FACTORY)).isNull();

        // Jakarta Mail connects through the factory: messages larger than its buffer still arrive whole.
        try (SmtpStub stub = new SmtpStub();
             var smtp = new MailOutbox.Smtp(MailOutbox.withoutNagle(session(stub.port())), null, null)) {
            for (int i = 0; i < 3; i++) {
                MimeMessage large = message(smtp.session());
                large.setText("x".repeat(70).concat("\n").repeat(300));
                large.saveChanges();
                smtp.deliver(large);
            }
            assertThat(stub.accepted.get()).isEqualTo(3);
        }
    }

    @Test
    void a4xxIsTemporaryAnd5xxPermanentWithTheServersWords() throws Exception {
        try (SmtpStub stub = new SmtpStub("451 4.3.0 mailbox busy, try later", "550 5.1.1 <dana@example.com>: no such user");
             var smtp = new MailOutbox.Smtp(session(stub.port()), null, null)) {
            assertThatThrownBy(() -> smtp.deliver(message(smtp.session())))
                    .isInstanceOfSatisfying(MailFailure.class, f -> {
                        assertThat(f.temporary()).isTrue();
                        assertThat(f.code()).isEqualTo("451");
                        assertThat(f.reason()).contains("mailbox busy");
                    });
            smtp.reset();
            assertThatThrownBy(() -> smtp.deliver(message(smtp.session())))
                    .isInstanceOfSatisfying(MailFailure.class, f -> {
                        assertThat(f.temporary()).isFalse();
                        assertThat(f.code()).isEqualTo("550");
                        assertThat(f.reason()).contains("[an address]>: no such user").doesNotContain("dana@");
                    });
            smtp.reset();
            smtp.deliver(message(smtp.session()));
            assertThat(stub.accepted.get()).isEqualTo(1);
        }
    }

    @Test
    void noServerListeningIsATemporaryFailure() throws Exception {
        int port;
        try (SmtpStub stub = new SmtpStub()) {
            port = stub.port();
        }
        try (var smtp = new MailOutbox.Smtp(session(port), null, null)) {
            assertThatThrownBy(() -> smtp.deliver(message(smtp.session())))
                    .isInstanceOfSatisfying(MailFailure.class, f -> assertThat(f.temporary()).isTrue());
        }
    }

    @Test
    void withoutSmtpEveryMessageBecomesAnEmlFileAMailClientOpens(@TempDir Path dir) throws Exception {
        MailOutbox outbox = new MailOutbox();
        outbox.settings = MailFixtures.settings(null, dir.resolve("outbox").toString());
        try (MailOutbox.Connection connection = outbox.open()) {
            assertThat(connection).isInstanceOf(MailOutbox.EmlFolder.class);
            connection.deliver(message(connection.session()));
        }
        List<Path> files;
        try (var listing = Files.list(dir.resolve("outbox"))) {
            files = listing.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).endsWith("-INV-0007.eml");
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(read.getSubject()).isEqualTo("Hello");
            assertThat(read.getContent()).isEqualTo("Body");
        }
    }
}
