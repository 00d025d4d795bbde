package dev.usher.api.devsignin;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DevIssuerTest {

    @Test
    void isOnOnlyWhileNoRealIssuerIsConfigured() {
        assertThat(DevIssuer.enabled(Map.of(), Map.of())).isTrue();
        assertThat(DevIssuer.enabled(Map.of("MP_JWT_VERIFY_ISSUER", "https://idp.example"), Map.of())).isFalse();
        assertThat(DevIssuer.enabled(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "https://idp.example/jwks"), Map.of()))
                .isFalse();
        assertThat(DevIssuer.enabled(Map.of(), Map.of("mp.jwt.verify.publickey", "{...}"))).isFalse();
        assertThat(DevIssuer.enabled(Map.of("USHER_DEV_ISSUER", "false"), Map.of())).isFalse();
    }

    @Test
    void itsOwnSettingsPublishedServerWideDoNotCountAsARealIssuer() {
        Map<Object, Object> own = new java.util.HashMap<>(DevIssuer.ownSettings());
        assertThat(DevIssuer.enabled(Map.of(), own)).isTrue();
        own.put("mp.jwt.verify.issuer", "https://idp.example");
        assertThat(DevIssuer.enabled(Map.of(), own)).isFalse();
    }

    @Test
    void createsItsKeyPairOnceWithAPrivateKeyOnlyItsOwnerReads(@TempDir Path dir) throws Exception {
        KeyPair first = DevIssuer.loadOrCreate(dir);
        KeyPair second = DevIssuer.loadOrCreate(dir);
        assertThat(second.getPublic()).isEqualTo(first.getPublic());
        assertThat(second.getPrivate()).isEqualTo(first.getPrivate());
        assertThat(Files.readString(dir.resolve("public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("private.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void signsTokensThatItsPublicKeyVerifies(@TempDir Path dir) throws Exception {
        KeyPair keys = DevIssuer.loadOrCreate(dir);
        String token = DevIssuer.sign(keys.getPrivate(), "ann@example.com", List.of("super-admin"),
                Duration.ofMinutes(5), Instant.now());
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(keys.getPublic())
                .setExpectedIssuer(DevIssuer.ISSUER)
                .setExpectedAudience(DevIssuer.AUDIENCE)
                .setRequireExpirationTime()
                .build()
                .processToClaims(token);
        assertThat(claims.getClaimValueAsString("email")).isEqualTo("ann@example.com");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("super-admin");
    }
}
