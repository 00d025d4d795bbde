package dev.usher.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Prepares the test server before Arquillian starts it: the test JVM plays the identity
 * provider, so it makes a key pair and tells the server (server.env) to trust its public
 * half, along with the test database and ports. A second key pair stands for a foreign
 * issuer. The keystore password Liberty needs for its TLS service is random per run.
 *
 * <p>It also starts GreenMail, the real SMTP server the test server sends its invitation
 * e-mails to: on a free loopback port, up before the server starts and until the test JVM ends.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static KeyPair trusted;
    private static KeyPair foreign;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ensure();
    }

    static synchronized void ensure() {
        if (trusted != null) {
            return;
        }
        trusted = generate();
        foreign = generate();
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        Path keys = Path.of(System.getProperty("usher.it.keysDir", "target/it-keys"));
        String serverDir = System.getProperty("usher.it.serverDir");
        try {
            Files.createDirectories(keys);
            Path publicKey = keys.resolve("public.pem");
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(trusted.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            if (serverDir != null) {
                // A keystore left by an earlier run was made with that run's random password.
                Files.deleteIfExists(Path.of(serverDir, "resources", "security", "key.p12"));
                Files.writeString(Path.of(serverDir, "server.env"), serverEnv(publicKey));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String serverEnv(Path publicKey) {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return String.join("\n",
                "# Written by " + TestEnvironment.class.getName() + " for this test run",
                "keystore_password=" + HexFormat.of().formatHex(secret),
                "HTTP_PORT=" + System.getProperty("usher.it.httpPort", "9180"),
                "HTTPS_PORT=" + System.getProperty("usher.it.httpsPort", "9543"),
                "DB_URL=" + System.getProperty("usher.it.db.url"),
                "DB_USER=" + System.getProperty("usher.it.db.user"),
                "DB_PASSWORD=" + System.getProperty("usher.it.db.password", ""),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION=" + publicKey.toAbsolutePath().toUri(),
                "MP_JWT_VERIFY_ISSUER=" + Tokens.ISSUER,
                "MP_JWT_VERIFY_AUDIENCES=" + Tokens.AUDIENCE,
                "USHER_PHONE_DEFAULT_REGION=IL",
                "SMTP_HOST=127.0.0.1",
                "SMTP_PORT=" + mail.getSmtp().getPort(),
                "SMTP_FROM=Usher Test <invitations@usher.test>",
                "PUBLIC_BASE_URL=" + Api.baseUrl(),
                "USHER_MAIL_TRACKING_PIXEL=true",
                "USHER_MAIL_BRAND_COLOR=" + Mailbox.BRAND_COLOUR,
                "USHER_MAIL_SUPPORT_EMAIL=help@usher.test",
                "USHER_MAIL_RETRY_DELAY_MS=100",
                "USHER_INVITATIONS_VALIDATE_PER_MINUTE=" + Mailbox.VALIDATE_PER_MINUTE,
                "");
    }

    static KeyPair trusted() {
        ensure();
        return trusted;
    }

    static GreenMail mail() {
        ensure();
        return mail;
    }

    static KeyPair foreign() {
        ensure();
        return foreign;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
