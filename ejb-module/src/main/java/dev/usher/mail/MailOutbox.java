package dev.usher.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Where Usher's e-mails go: the SMTP server of the Liberty mail session {@code mail/usher},
 * or, when no SMTP host is configured (the embedded default), an .eml file per message in the
 * outbox folder, which any mail client opens. A {@link Connection} is opened once for many
 * messages (a batch chunk reuses one SMTP connection) and closed after them.
 */
@ApplicationScoped
public class MailOutbox {

    /** Anything shaped like an e-mail address in a server's reply. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    /**
     * The header whose value names a message's .eml file (the invitation's number), so a person
     * finds a message in the folder by what it is about.
     */
    public static final String FILE_NAME_HEADER = "X-Usher-Invitation";

    static final String SESSION_JNDI = "mail/usher";
    static final String SOCKET_FACTORY = "mail.smtp.socketFactory";
    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    @Inject
    MailSettings settings;

    private volatile Session session;

    /** One way out for a run of messages. Not thread-safe: one per sending thread. */
    public interface Connection extends AutoCloseable {

        /** The session to compose messages in. */
        Session session();

        /** Hands the message over; returns when the server (or the disk) has accepted it. */
        void deliver(MimeMessage message) throws MailFailure;

        /** Drops a connection that may be broken, so the next delivery opens a fresh one. */
        void reset();

        @Override
        void close();
    }

    public Connection open() {
        if (settings.smtpConfigured()) {
            return new Smtp(session(), settings.smtpUser(), settings.smtpPassword());
        }
        Path folder = settings.outboxDir();
        if (ANNOUNCED.compareAndSet(false, true)) {
            LOG.info(() -> "No SMTP_HOST configured: e-mails are written as .eml files to " + folder);
        }
        return new EmlFolder(session(), folder);
    }

    /** The container's mail session; a bare one if it is not there (only .eml files need no server). */
    Session session() {
        Session current = session;
        if (current == null) {
            try {
                current = withoutNagle((Session) new InitialContext().lookup(SESSION_JNDI));
            } catch (NamingException e) {
                if (settings.smtpConfigured()) {
                    throw new IllegalStateException("SMTP_HOST is set but the mail session " + SESSION_JNDI
                            + " is missing from server.xml", e);
                }
                current = Session.getInstance(new Properties());
            }
            session = current;
        }
        return current;
    }

    /**
     * The session, its SMTP sockets made by {@link NoDelaySockets} unless server.xml names a socket
     * factory of its own. The session's properties are read at each connect, so setting the factory
     * there (an instance: Jakarta Mail takes one under this name) is enough.
     */
    static Session withoutNagle(Session session) {
        Properties properties = session.getProperties();
        if (properties.get(SOCKET_FACTORY) == null && properties.getProperty(SOCKET_FACTORY + ".class") == null) {
            properties.put(SOCKET_FACTORY, new NoDelaySockets());
        }
        return session;
    }

    /** SMTP through one transport, connected on first use and kept for the following messages. */
    static final class Smtp implements Connection {
        private final Session session;
        private final String user;
        private final String password;
        private Transport transport;

        Smtp(Session session, String user, String password) {
            this.session = session;
            this.user = user;
            this.password = password;
        }

        @Override
        public Session session() {
            return session;
        }

        @Override
        public void deliver(MimeMessage message) throws MailFailure {
            try {
                if (transport == null || !transport.isConnected()) {
                    transport = session.getTransport("smtp");
                    if (user != null) {
                        transport.connect(user, password);
                    } else {
                        transport.connect();
                    }
                }
                Address[] to = message.getAllRecipients();
                transport.sendMessage(message, to);
            } catch (MessagingException e) {
                throw classify(e);
            }
        }

        @Override
        public void reset() {
            close();
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.fine(() -> "Closing the SMTP connection failed: " + e.getMessage());
                }
                transport = null;
            }
        }
    }

    /**
     * Reads the SMTP reply code from the failure. The implementation's exceptions
     * (SMTPSendFailedException and friends) carry it in {@code getReturnCode()}, but their classes
     * are not part of the Jakarta Mail API and Liberty does not show them to applications, so
     * the method is looked up on the object. 4xx is temporary, 5xx permanent; a failure with no
     * code (connection refused, reset, timed out) is temporary.
     */
    static MailFailure classify(MessagingException failure) {
        int code = -1;
        String reason = failure.getMessage();
        for (Throwable t = failure; t != null; t = next(t)) {
            int found = returnCode(t);
            if (found > 0) {
                code = found;
                reason = t.getMessage();
                break;
            }
        }
        if (code < 0 && failure instanceof SendFailedException sendFailed
                && sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0) {
            return new MailFailure(false, "invalid-address", oneLine(reason), failure);
        }
        if (code < 0) {
            return new MailFailure(true, MailFailure.NO_CONNECTION, oneLine(reason), failure);
        }
        return new MailFailure(code < 500, Integer.toString(code), oneLine(reason), failure);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static int returnCode(Throwable t) {
        try {
            Method method = t.getClass().getMethod("getReturnCode");
            Object value = method.invoke(t);
            return value instanceof Integer i ? i : -1;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The server's words on one line, without any e-mail address: a refusal often quotes the
     * recipient, and the reason goes into logs, the ledger and a job's row errors.
     */
    private static String oneLine(String text) {
        if (text == null) {
            return "no reason given";
        }
        String line = ADDRESS.matcher(text.replaceAll("\\s+", " ").strip()).replaceAll("[an address]");
        return line.length() > 500 ? line.substring(0, 500) : line;
    }

    /** The embedded default: every message becomes a file a mail client can open. */
    static final class EmlFolder implements Connection {
        private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
        private final Session session;
        private final Path folder;

        EmlFolder(Session session, Path folder) {
            this.session = session;
            this.folder = folder;
        }

        @Override
        public Session session() {
            return session;
        }

        @Override
        public void deliver(MimeMessage message) throws MailFailure {
            try {
                Files.createDirectories(folder);
                String number = message.getHeader(FILE_NAME_HEADER, null);
                String name = STAMP.format(LocalDateTime.now()) + "-" + (number == null ? "message" : number)
                        .replaceAll("[^A-Za-z0-9.-]", "_") + ".eml";
                Path file = folder.resolve(name);
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                    message.writeTo(out);
                }
                LOG.info(() -> "E-mail written to " + file);
            } catch (IOException | MessagingException e) {
                throw new MailFailure(true, "outbox", "Cannot write to " + folder + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void reset() {
            // nothing to reset
        }

        @Override
        public void close() {
            // nothing to close
        }
    }
}
