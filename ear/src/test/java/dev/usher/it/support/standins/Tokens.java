package dev.usher.it.support.standins;

import dev.usher.it.support.servers.TestEnvironment;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Tokens as the test identity provider signs them, and the bad ones the server must refuse. */
public final class Tokens {

    public static final String ISSUER = "https://it.usher.test";
    public static final String AUDIENCE = "usher-it";
    /** The key id in every test token's header (the foreign key's tokens claim it too). */
    public static final String KEY_ID = "usher-it";

    private Tokens() {
    }

    public static String valid(String email, String... groups) {
        return sign(TestEnvironment.trusted().getPrivate(), claims(email, ISSUER, Instant.now().plusSeconds(3600), groups));
    }

    public static String withClaims(JwtClaims claims) {
        return sign(TestEnvironment.trusted().getPrivate(), claims);
    }

    public static String expired(String email) {
        return sign(TestEnvironment.trusted().getPrivate(), claims(email, ISSUER, Instant.now().minusSeconds(3600)));
    }

    public static String foreignSigned(String email) {
        return sign(TestEnvironment.foreign().getPrivate(), claims(email, ISSUER, Instant.now().plusSeconds(3600)));
    }

    public static String otherIssuer(String email) {
        return sign(TestEnvironment.trusted().getPrivate(),
                claims(email, "https://evil.example", Instant.now().plusSeconds(3600)));
    }

    /** An unsigned token ({@code alg: none}) with otherwise perfect claims. */
    public static String unsigned(String email) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(claims(email, ISSUER, Instant.now().plusSeconds(3600))
                .toJson().getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    public static JwtClaims claims(String email, String issuer, Instant expires, String... groups) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(AUDIENCE);
        claims.setSubject(email);
        claims.setClaim("upn", email);
        claims.setClaim("email", email);
        claims.setStringListClaim("groups", List.of(groups));
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().minusSeconds(60).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        return claims;
    }

    private static String sign(PrivateKey key, JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setHeader("typ", "JWT");
        jws.setKeyIdHeaderValue(KEY_ID);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
