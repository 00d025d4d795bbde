package dev.usher.api.devsignin;

import jakarta.servlet.http.HttpServletRequest;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Signs development tokens. Active only when none of the standard MicroProfile JWT
 * verification settings is given (by environment or system property) and
 * {@code USHER_DEV_ISSUER} is not {@code false}: as soon as a real issuer is configured
 * this class refuses to sign, whatever a request asks. The key pair is created once, outside
 * the source tree ({@code USHER_DEV_ISSUER_KEY_DIR}, default {@code ~/.usher/dev-issuer}), the
 * private key readable by its owner only.
 */
public final class DevIssuer {

    public static final String ISSUER = "urn:usher:dev-issuer";
    public static final String AUDIENCE = "usher";

    static final String KEY_LOCATION_SETTING = "mp.jwt.verify.publickey.location";
    static final String ISSUER_SETTING = "mp.jwt.verify.issuer";
    static final String AUDIENCES_SETTING = "mp.jwt.verify.audiences";

    private static final List<String> REAL_ISSUER_SETTINGS = List.of(
            "mp.jwt.verify.publickey", KEY_LOCATION_SETTING, ISSUER_SETTING);

    /** The settings {@link #ownSettings()} gives, by name. */
    static final Set<String> OWN_SETTING_NAMES = Set.of(KEY_LOCATION_SETTING, ISSUER_SETTING, AUDIENCES_SETTING);

    private record OwnSettings(Path keyFile, Map<String, String> settings) {
    }

    private static volatile KeyPair keys;
    private static volatile OwnSettings ownSettings;

    private DevIssuer() {
    }

    /** Whether the development issuer is on: decided from the process's configuration only. */
    public static boolean enabled() {
        return enabled(System.getenv(), System.getProperties());
    }

    static boolean enabled(Map<String, String> env, Map<Object, Object> properties) {
        Map<String, String> own = ownSettings();
        for (String key : REAL_ISSUER_SETTINGS) {
            String envName = key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
            String property = (String) properties.get(key);
            // A system property with the development issuer's own value is ServerWideTrust's, not a real issuer.
            boolean ownProperty = property != null && property.equals(own.get(key));
            if (present(env.get(envName)) || present(env.get(key)) || present(property) && !ownProperty) {
                return false;
            }
        }
        String switchValue = env.getOrDefault("USHER_DEV_ISSUER", (String) properties.get("usher.dev-issuer"));
        return !"false".equalsIgnoreCase(switchValue);
    }

    /**
     * Whether this request may get development tokens: one straight from this machine (a loopback
     * peer naming a loopback {@code Host}, through no proxy; see {@link LoopbackRequest}), unless
     * {@code USHER_DEV_ISSUER_REMOTE=true}. The console asks this too, so it offers the dev sign-in
     * only where it would work.
     */
    public static boolean answers(HttpServletRequest request) {
        return remoteAllowed(System.getenv()) || LoopbackRequest.is(request);
    }

    static boolean remoteAllowed(Map<String, String> env) {
        return "true".equalsIgnoreCase(env.get("USHER_DEV_ISSUER_REMOTE"));
    }

    /** The verification settings that make mpJwt trust this issuer (its key file, issuer and audience). */
    static Map<String, String> ownSettings() {
        // Asked several times per signed-in request (mpJwt reads its settings each time): the file's
        // URI is made again only when the key directory's setting changed.
        Path keyFile = publicKeyFile();
        OwnSettings known = ownSettings;
        if (known == null || !known.keyFile().equals(keyFile)) {
            known = new OwnSettings(keyFile, Map.of(KEY_LOCATION_SETTING, keyFile.toUri().toString(),
                    ISSUER_SETTING, ISSUER,
                    AUDIENCES_SETTING, AUDIENCE));
            ownSettings = known;
        }
        return known.settings();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static Path keyDirectory() {
        String configured = System.getenv("USHER_DEV_ISSUER_KEY_DIR");
        if (present(configured)) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".usher", "dev-issuer");
    }

    static Path publicKeyFile() {
        return keyDirectory().resolve("public.pem");
    }

    /** Loads the key pair, creating it on first use (under a file lock, so two servers agree). */
    static KeyPair keys() {
        KeyPair loaded = keys;
        if (loaded == null) {
            synchronized (DevIssuer.class) {
                if (keys == null) {
                    keys = loadOrCreate(keyDirectory());
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    static KeyPair loadOrCreate(Path directory) {
        try {
            Files.createDirectories(directory);
            Path privateFile = directory.resolve("private.pem");
            Path publicFile = directory.resolve("public.pem");
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.exists(privateFile) && Files.exists(publicFile)) {
                    return read(privateFile);
                }
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                try {
                    Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: rely on the directory's permissions
                }
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                return pair;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the development issuer's keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the development issuer's keys", e);
        }
    }

    private static KeyPair read(Path privateFile) throws IOException, GeneralSecurityException {
        String text = Files.readString(privateFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
        PublicKey publicKey = factory.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        return new KeyPair(publicKey, privateKey);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** A signed RS256 token naming {@code email} with these groups, valid for {@code lifetime}. */
    public static String mint(String email, List<String> groups, Duration lifetime) {
        if (!enabled()) {
            throw new IllegalStateException("The development issuer is off: a real issuer is configured");
        }
        return sign(keys().getPrivate(), email, groups, lifetime, Instant.now());
    }

    static String sign(PrivateKey key, String email, List<String> groups, Duration lifetime, Instant now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(email);
        claims.setClaim("upn", email);
        claims.setClaim("email", email);
        claims.setStringListClaim("groups", groups);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(lifetime).getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue("usher-dev");
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a development token", e);
        }
    }
}
