package dev.usher.tokencheck;

import com.sun.net.httpserver.HttpServer;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ForgedSignaturesTest {

    @TempDir
    Path dir;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aTokenSignedByTheTrustedKeyIsLeftToMpJwtAndOneSignedByAnotherKeyUnderItsKeyIdIsForged() throws Exception {
        PublicJsonWebKey trusted = rsa("k1");
        PublicJsonWebKey other = rsa("k1");
        ForgedSignatures check = check(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", pemFile(trusted).toString()), Clock.systemUTC());

        assertThat(check.forged(sign(trusted.getPrivateKey(), "RS256", "k1"))).isFalse();
        assertThat(check.forged(sign(other.getPrivateKey(), "RS256", "k1"))).isTrue();
        // A PEM key has no key id: whatever kid the token names, the one key decides.
        assertThat(check.forged(sign(other.getPrivateKey(), "RS256", "anything"))).isTrue();
        assertThat(check.forged(sign(trusted.getPrivateKey(), "RS256", null))).isFalse();
    }

    @Test
    void aDamagedSignatureIsForgedButATokenThatIsNotAJwsIsLeftToMpJwt() throws Exception {
        PublicJsonWebKey trusted = rsa("k1");
        ForgedSignatures check = check(Map.of("mp.jwt.verify.publickey.location", pemFile(trusted).toUri().toString()), Clock.systemUTC());
        String good = sign(trusted.getPrivateKey(), "RS256", "k1");
        String damaged = good.substring(0, good.length() - 6) + (good.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");

        assertThat(check.forged(damaged)).isTrue();
        assertThat(check.forged("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24gYXQgYWxs.c2lnbmF0dXJl"))
                .as("claims that are not JSON, under a signature that fails: refused on the signature").isTrue();
        assertThat(check.forged("bm90IGEgaGVhZGVy.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")).as("header not JSON").isFalse();
        assertThat(check.forged("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0")).isFalse();
        assertThat(check.forged("not a token at all")).isFalse();
        assertThat(check.forged("")).isFalse();
    }

    @Test
    void otherAlgorithmsAndKeysThatDoNotFitAreLeftToMpJwt() throws Exception {
        PublicJsonWebKey trusted = rsa("k1");
        ForgedSignatures check = check(Map.of("MP_JWT_VERIFY_PUBLICKEY", pem(trusted)), Clock.systemUTC());

        assertThat(check.forged(sign(new HmacKey(new byte[32]), "HS256", "k1"))).isFalse();
        PublicJsonWebKey ec = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        assertThat(check.forged(sign(ec.getPrivateKey(), "ES256", "k1")))
                .as("an ES256 token cannot be checked with an RSA key: mpJwt decides").isFalse();
        assertThat(check.forged(unsigned())).isFalse();
    }

    @Test
    void withoutAnyConfiguredKeyNothingIsForged() throws Exception {
        PublicJsonWebKey other = rsa("k1");
        ForgedSignatures check = check(Map.of(), Clock.systemUTC());

        assertThat(check.forged(sign(other.getPrivateKey(), "RS256", "k1"))).isFalse();
        ForgedSignatures missingFile = check(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", dir.resolve("none.pem").toString()), Clock.systemUTC());
        assertThat(missingFile.forged(sign(other.getPrivateKey(), "RS256", "k1"))).isFalse();
    }

    @Test
    void aKeySetFromAnIdentityProviderIsMatchedByKeyIdAndFetchedAgainForAnUnknownKeyId() throws Exception {
        PublicJsonWebKey first = rsa("first");
        PublicJsonWebKey second = rsa("second");
        PublicJsonWebKey encryption = rsa("enc-key");
        encryption.setUse("enc");
        AtomicReference<String> served = new AtomicReference<>(new JsonWebKeySet(first, encryption)
                .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        AtomicInteger fetches = new AtomicInteger();
        String url = serve(served, fetches);
        MutableClock clock = new MutableClock();
        ForgedSignatures check = check(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", url), clock);

        assertThat(check.forged(sign(first.getPrivateKey(), "RS256", "first"))).isFalse();
        assertThat(check.forged(sign(second.getPrivateKey(), "RS256", "first"))).isTrue();
        assertThat(check.forged(sign(encryption.getPrivateKey(), "RS256", "enc-key")))
                .as("an encryption key signs nothing, so a token naming it is not known here").isFalse();
        assertThat(fetches).hasValue(1);

        // The provider rotates to a second key: unknown at first, then fetched after the pause.
        served.set(new JsonWebKeySet(first, second).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        String rotated = sign(second.getPrivateKey(), "RS256", "second");
        String forgedRotated = sign(rsa("x").getPrivateKey(), "RS256", "second");
        assertThat(check.forged(forgedRotated)).as("unknown key id, not fetched again yet").isFalse();
        assertThat(fetches).hasValue(1);
        clock.advance(TrustedKeys.UNKNOWN_KEY_REFRESH);
        assertThat(check.forged(rotated)).isFalse();
        assertThat(fetches).hasValue(2);
        assertThat(check.forged(forgedRotated)).isTrue();

        // A provider that stops answering keeps the keys already known.
        server.stop(0);
        server = null;
        clock.advance(TrustedKeys.URL_KEYS_LIFETIME);
        assertThat(check.forged(forgedRotated)).isTrue();
    }

    @Test
    void whileOneRequestFetchesTheKeySetAgainTheOthersKeepTheKeysTheyHave() throws Exception {
        PublicJsonWebKey first = rsa("first");
        AtomicReference<String> served = new AtomicReference<>(new JsonWebKeySet(first)
                .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        AtomicInteger fetches = new AtomicInteger();
        java.util.concurrent.CountDownLatch refetching = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        String url = serve(served, fetches);
        server.createContext("/slow-certs", exchange -> {
            // Headers at once, the body (of a refetch) only when the test says: a provider that
            // hangs mid-answer, which no request timeout cuts short.
            exchange.sendResponseHeaders(200, 0);
            if (fetches.incrementAndGet() > 1) {
                refetching.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.getResponseBody().write(served.get().getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        MutableClock clock = new MutableClock();
        ForgedSignatures check = check(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", url.replace("/certs", "/slow-certs")),
                clock);
        String forged = sign(rsa("x").getPrivateKey(), "RS256", "first");
        assertThat(check.forged(forged)).isTrue();

        clock.advance(TrustedKeys.URL_KEYS_LIFETIME);
        java.util.concurrent.CompletableFuture<Boolean> refetch =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> check.forged(forged));
        refetching.await();
        try {
            // The provider is still answering the refetch: this check must not wait for it. (The
            // bound only turns a check stuck behind the hung provider into a failure, not a hang.)
            assertThat(java.util.concurrent.CompletableFuture.supplyAsync(() -> check.forged(forged))
                    .get(30, java.util.concurrent.TimeUnit.SECONDS)).as("checked with the keys already held").isTrue();
        } finally {
            release.countDown();
        }
        assertThat(refetch.get()).isTrue();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aReplacedKeyFileIsReadAgain() throws Exception {
        PublicJsonWebKey before = rsa("k");
        PublicJsonWebKey after = rsa("k");
        Path file = pemFile(before);
        MutableClock clock = new MutableClock();
        ForgedSignatures check = check(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", file.toString()), clock);
        String signedAfter = sign(after.getPrivateKey(), "RS256", "k");
        assertThat(check.forged(signedAfter)).isTrue();

        replaceKeyFile(file, after);
        assertThat(check.forged(signedAfter)).as("the file is looked at once a second, not on every request").isTrue();

        clock.advance(TrustedKeys.FILE_CHECK_INTERVAL);
        assertThat(check.forged(signedAfter)).isFalse();
    }

    @Test
    void aTokenVerifiedBeforeIsForgedOnceItsKeyIsNoLongerTrusted() throws Exception {
        PublicJsonWebKey before = rsa("k");
        PublicJsonWebKey after = rsa("k");
        Path file = pemFile(before);
        MutableClock clock = new MutableClock();
        ForgedSignatures check = check(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", file.toString()), clock);
        String signedBefore = sign(before.getPrivateKey(), "RS256", "k");
        assertThat(check.forged(signedBefore)).isFalse();
        assertThat(check.forged(signedBefore)).as("the second time, from memory").isFalse();

        replaceKeyFile(file, after);
        clock.advance(TrustedKeys.FILE_CHECK_INTERVAL);

        assertThat(check.forged(signedBefore)).as("remembered, but its key is gone").isTrue();
    }

    @Test
    void verifiedTokensAreHeldByDigestAndForgottenAllAtOnceWhenFull() throws Exception {
        VerifiedTokens tokens = new VerifiedTokens();
        KeyMaterial.Key key = new KeyMaterial.Key("k", rsa("k").getPublicKey());
        tokens.remember("a.b.c", key);
        assertThat(tokens.keyOf("a.b.c")).contains(key);
        assertThat(tokens.keyOf("a.b.d")).isEmpty();
        for (int i = tokens.size(); i < VerifiedTokens.MAX_ENTRIES; i++) {
            tokens.remember("t." + i + ".s", key);
        }
        tokens.remember("one.more.token", key);
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.keyOf("one.more.token")).contains(key);
    }

    /** Writes another key into the file, with a modification time the check cannot mistake for the old one. */
    private static void replaceKeyFile(Path file, PublicJsonWebKey key) throws Exception {
        Files.writeString(file, pem(key));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    }

    private ForgedSignatures check(Map<String, String> env, Clock clock) {
        KeySettings settings = settings(env);
        return new ForgedSignatures(() -> settings, new TrustedKeys(clock));
    }

    /** Names with dots are system properties, the others environment variables. */
    private static KeySettings settings(Map<String, String> given) {
        Map<Object, Object> properties = new java.util.HashMap<>();
        Map<String, String> env = new java.util.HashMap<>();
        given.forEach((name, value) -> {
            if (name.contains(".")) {
                properties.put(name, value);
            } else {
                env.put(name, value);
            }
        });
        return KeySettings.of(env, properties);
    }

    private static PublicJsonWebKey rsa(String keyId) throws Exception {
        PublicJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(keyId);
        return key;
    }

    private static String pem(PublicJsonWebKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private Path pemFile(PublicJsonWebKey key) throws Exception {
        Path file = Files.createTempFile(dir, "key", ".pem");
        Files.writeString(file, pem(key));
        return file;
    }

    private static String sign(Key key, String algorithm, String keyId) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload("{\"sub\":\"someone\",\"iss\":\"https://idp.test\"}");
        jws.setAlgorithmHeaderValue(algorithm);
        if (keyId != null) {
            jws.setKeyIdHeaderValue(keyId);
        }
        jws.setKey(key);
        return jws.getCompactSerialization();
    }

    private static String unsigned() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload("{\"sub\":\"someone\"}");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        return jws.getCompactSerialization();
    }

    private String serve(AtomicReference<String> body, AtomicInteger fetches) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
