package dev.usher.it.support.servers;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.standins.GoogleStandIn;
import dev.usher.it.support.standins.GraphApiStub;
import dev.usher.it.support.standins.Mailbox;
import dev.usher.it.support.standins.TestOpenIdProvider;
import dev.usher.it.support.standins.Tokens;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Prepares the test server before Arquillian starts it: the test JVM plays the identity
 * provider, so it makes a key pair and tells the server (server.env) to trust its public
 * half, along with the test database and ports. A second key pair stands for a foreign
 * issuer. The keystore password Liberty needs for its TLS service is random per run.
 *
 * <p>It also starts the test OpenID provider the console signs in with (browser tests). For
 * usherDevIT ({@code usher.it.devIssuer=true}) it configures no identity provider at all, so
 * that server's development issuer is on.
 *
 * <p>It also starts the {@link GraphApiStub} that stands in for Meta's Graph API for the whole
 * run, before the server starts, and gives the server the stub's address and this run's random
 * WhatsApp access token, verify token and app secret (retries wait 20 ms, not seconds).
 *
 * <p>Likewise the {@link GoogleStandIn} for Google's OAuth and People API endpoints: the server's
 * USHER_GOOGLE_* settings name the stand-in's URLs and its client id and secret.
 *
 * <p>It also starts GreenMail, the real SMTP server the test server sends its invitation
 * e-mails to: on a free loopback port, up before the server starts and until the test JVM ends.
 *
 * <p>And it gives Arquillian the test server's role bindings, the running server's own
 * ({@link RoleBindings}).
 */
public class TestEnvironment implements LauncherSessionListener {

    /** One secret for every server of the run: servers on one database must derive the same RSVP links. */
    private static final String RSVP_LINK_SECRET = random(32);
    /** Likewise for the sealed door-signing keys: every server must open the keys the first one made. */
    private static final String DOOR_KEY_SECRET = random(32);
    /** Likewise for webhook subscriptions' secrets, sealed with it (32 random bytes, base64). */
    public static final String SECRETS_KEY = java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(random(32)));

    private static KeyPair trusted;
    private static KeyPair foreign;
    private static GraphApiStub graphApi;
    private static GoogleStandIn google;
    private static String whatsappAccessToken;
    private static String whatsappVerifyToken;
    private static String whatsappAppSecret;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ensure();
    }

    static synchronized void ensure() {
        if (trusted != null) {
            return;
        }
        RoleBindings.writeForArquillian();
        trusted = generate();
        foreign = generate();
        graphApi = GraphApiStub.start();
        google = GoogleStandIn.start();
        whatsappAccessToken = "EAAGtest" + random(24);
        whatsappVerifyToken = "verify-" + random(12);
        whatsappAppSecret = random(16);
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        String serverDir = System.getProperty("usher.it.serverDir");
        try {
            Path publicKey = publicKey();
            Files.createDirectories(publicKey.getParent());
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(trusted.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            if (serverDir != null) {
                // A keystore left by an earlier run was made with that run's random password.
                Files.deleteIfExists(Path.of(serverDir, "resources", "security", "key.p12"));
                // Builds before USHER_TRUSTED_PROXIES shipped this drop-in; a target/ that still has
                // it would make every Arquillian server trust loopback whatever server.env says.
                Files.deleteIfExists(Path.of(serverDir, "configDropins", "overrides", "remote-ip.xml"));
                Files.writeString(Path.of(serverDir, "server.env"), serverEnv());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String random(int bytes) {
        byte[] secret = new byte[bytes];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /**
     * The main test server verifies tokens with the test provider's JWK set, fetched over HTTP
     * (an identity provider's usual form); the crash test's server reads the same key as a PEM
     * file, so both forms of {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} run in every build.
     */
    private static String serverEnv() {
        return serverEnvFor(System.getProperty("usher.it.db.url"), System.getProperty("usher.it.httpPort", "9180"),
                System.getProperty("usher.it.httpsPort", "9543"), TestOpenIdProvider.instance().jwksUrl(),
                // usherIT takes the client's address from X-Forwarded-For sent from loopback, so a test
                // acts as a client of its own (Api.from); usherDevIT keeps the shipped default and trusts
                // no proxy, so UntrustedForwardingIT can show a made-up header changes nothing.
                devIssuer() ? List.of() : List.of(TRUST_LOOPBACK));
    }

    /** Liberty's remoteIp pattern of the loopback addresses (IPv4 and both forms of IPv6). */
    public static final String LOOPBACK = "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1";

    /**
     * The server.env line of a server that trusts X-Forwarded-For from loopback: the main test
     * server, the cluster's servers behind HAProxy on loopback, a second server a test compares
     * with the main one. Every other test server keeps the shipped default and trusts no proxy.
     */
    public static final String TRUST_LOOPBACK = "USHER_TRUSTED_PROXIES=" + LOOPBACK;

    /** The environment of a test server on these ports and database, with its key as a PEM file, plus {@code extra} lines. */
    static String serverEnvFor(String dbUrl, String httpPort, String httpsPort, List<String> extra) {
        return serverEnvFor(dbUrl, httpPort, httpsPort, publicKey().toAbsolutePath().toUri().toString(), extra);
    }

    /** The environment of a test server, its token key at {@code keyLocation} (a file or URL, PEM or JWKS). */
    static String serverEnvFor(String dbUrl, String httpPort, String httpsPort, String keyLocation, List<String> extra) {
        List<String> identity = devIssuer()
                // No identity provider at all: the server signs its own tokens (the dev sign-in).
                ? List.of("USHER_DEV_ISSUER_KEY_DIR=" + publicKey().getParent().resolve("dev-issuer").toAbsolutePath())
                : List.of(
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION=" + keyLocation,
                        "MP_JWT_VERIFY_ISSUER=" + Tokens.ISSUER,
                        "MP_JWT_VERIFY_AUDIENCES=" + Tokens.AUDIENCE,
                        // The console signs in at the test JVM's own OpenID provider (the browser tests).
                        "USHER_OIDC_ISSUER=" + Tokens.ISSUER,
                        "USHER_OIDC_CLIENT_ID=" + TestOpenIdProvider.CLIENT_ID,
                        "USHER_OIDC_DISCOVERY_URL=" + TestOpenIdProvider.instance().discoveryUrl());
        List<String> lines = new ArrayList<>(identity);
        lines.addAll(extra);
        return serverEnvWithIdentity(dbUrl, httpPort, httpsPort, lines);
    }

    /**
     * The environment of a test server whose identity settings ({@code MP_JWT_*}, {@code USHER_OIDC_*})
     * are {@code identity}, and nothing else of the test key: e.g. the server that trusts Keycloak.
     */
    static String serverEnvWithIdentity(String dbUrl, String httpPort, String httpsPort, List<String> identity) {
        ensure();
        List<String> lines = new ArrayList<>(List.of(
                "# Written by " + TestEnvironment.class.getName() + " for this test run",
                "keystore_password=" + random(18),
                "HTTP_PORT=" + httpPort,
                "HTTPS_PORT=" + httpsPort,
                "DB_URL=" + dbUrl,
                "DB_USER=" + System.getProperty("usher.it.db.user"),
                "DB_PASSWORD=" + System.getProperty("usher.it.db.password", ""),
                "USHER_PHONE_DEFAULT_REGION=IL",
                "WHATSAPP_API_BASE_URL=" + graphApi.baseUrl(),
                "WHATSAPP_ACCESS_TOKEN=" + whatsappAccessToken,
                "WHATSAPP_PHONE_NUMBER_ID=" + WHATSAPP_PHONE_NUMBER_ID,
                "WHATSAPP_VERIFY_TOKEN=" + whatsappVerifyToken,
                "WHATSAPP_APP_SECRET=" + whatsappAppSecret,
                "WHATSAPP_RETRY_MAX_ATTEMPTS=3",
                "WHATSAPP_RETRY_BACKOFF_MS=20",
                "USHER_GOOGLE_CLIENT_ID=" + GoogleStandIn.CLIENT_ID,
                "USHER_GOOGLE_CLIENT_SECRET=" + google.clientSecret(),
                "USHER_GOOGLE_AUTHORIZATION_URL=" + google.baseUrl() + "/o/oauth2/v2/auth",
                "USHER_GOOGLE_TOKEN_URL=" + google.baseUrl() + "/token",
                "USHER_GOOGLE_REVOKE_URL=" + google.baseUrl() + "/revoke",
                "USHER_GOOGLE_PEOPLE_URL=" + google.baseUrl(),
                "SMTP_HOST=127.0.0.1",
                "SMTP_PORT=" + mail.getSmtp().getPort(),
                "SMTP_FROM=Usher Test <invitations@usher.test>",
                "PUBLIC_BASE_URL=" + Api.baseUrl(),
                "USHER_MAIL_TRACKING_PIXEL=true",
                "USHER_MAIL_BRAND_COLOR=" + Mailbox.BRAND_COLOUR,
                "USHER_MAIL_SUPPORT_EMAIL=help@usher.test",
                "USHER_MAIL_RETRY_DELAY_MS=100",
                "USHER_REMINDERS_POLL_SECONDS=1",
                // Digests: looked for every second; an immediate one waits for 3 s of changes.
                "USHER_DIGEST_POLL_SECONDS=1",
                // Confirmations a stopped server left queued: looked for every second.
                "USHER_RSVP_CONFIRMATION_SWEEP_SECONDS=1",
                "USHER_DIGEST_WINDOW_SECONDS=" + DIGEST_WINDOW_SECONDS,
                // Webhooks: looked for every second, retried after 1 s, 2 s, ..., a receiver silent for
                // WEBHOOK_TIMEOUT_SECONDS has timed out; receivers are on loopback.
                "USHER_WEBHOOKS_POLL_SECONDS=1",
                "USHER_WEBHOOKS_RETRY_BASE_SECONDS=1",
                "USHER_WEBHOOKS_TIMEOUT_SECONDS=" + WEBHOOK_TIMEOUT_SECONDS,
                "USHER_WEBHOOKS_ALLOW_LOOPBACK=true",
                "USHER_INVITATIONS_VALIDATE_PER_MINUTE=" + Mailbox.VALIDATE_PER_MINUTE,
                "USHER_INVITATIONS_VALIDATE_UNKNOWN_PER_MINUTE=" + Mailbox.VALIDATE_UNKNOWN_PER_MINUTE,
                "USHER_RSVP_LINK_SECRET=" + RSVP_LINK_SECRET,
                "USHER_DOOR_KEY_SECRET=" + DOOR_KEY_SECRET,
                "USHER_SECRETS_KEY=" + SECRETS_KEY,
                "USHER_RSVP_PER_MINUTE=" + RSVP_PER_MINUTE,
                "USHER_RSVP_UNKNOWN_PER_MINUTE=" + RSVP_UNKNOWN_PER_MINUTE));
        lines.addAll(identity);
        lines.add("");
        return String.join("\n", lines);
    }

    private static Path publicKey() {
        return Path.of(System.getProperty("usher.it.keysDir", "target/it-keys")).resolve("public.pem");
    }

    /** Whether this run's server is the one without an identity provider (usherDevIT). */
    static boolean devIssuer() {
        return Boolean.getBoolean("usher.it.devIssuer");
    }

    /** How long the test servers wait for a webhook receiver's answer. */
    public static final int WEBHOOK_TIMEOUT_SECONDS = 2;

    /** How long the test servers' immediate digests gather changes. */
    public static final int DIGEST_WINDOW_SECONDS = 3;

    /** The test servers' limit of public RSVP requests per address and minute. */
    public static final int RSVP_PER_MINUTE = 40;

    /** Of those, the requests naming unknown tokens (guesses); well below RSVP_PER_MINUTE, so a test tells them apart. */
    public static final int RSVP_UNKNOWN_PER_MINUTE = 15;

    /** The business number's id the server is configured with (the API version is left at its default). */
    public static final String WHATSAPP_PHONE_NUMBER_ID = "106540352242922";

    public static GraphApiStub graphApi() {
        ensure();
        return graphApi;
    }

    public static GoogleStandIn google() {
        ensure();
        return google;
    }

    public static String whatsappAccessToken() {
        ensure();
        return whatsappAccessToken;
    }

    public static String whatsappVerifyToken() {
        ensure();
        return whatsappVerifyToken;
    }

    public static String whatsappAppSecret() {
        ensure();
        return whatsappAppSecret;
    }

    public static KeyPair trusted() {
        ensure();
        return trusted;
    }

    public static GreenMail mail() {
        ensure();
        return mail;
    }

    public static KeyPair foreign() {
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
