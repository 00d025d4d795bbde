package dev.usher.tokencheck;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;

import java.io.ByteArrayInputStream;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The public keys in a key document as mpJwt accepts it: a PEM public key or certificate, one JWK,
 * or a JWK set. Each key keeps its key id (none for PEM), so a token's {@code kid} picks its keys.
 */
final class KeyMaterial {

    record Key(String keyId, PublicKey key) {
    }

    private KeyMaterial() {
    }

    static List<Key> parse(String document) throws Exception {
        String text = document.strip();
        if (text.startsWith("{")) {
            return jwks(text);
        }
        if (text.contains("-----BEGIN CERTIFICATE-----")) {
            return List.of(new Key(null, CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                    .getPublicKey()));
        }
        return List.of(new Key(null, pemPublicKey(text)));
    }

    private static List<Key> jwks(String json) throws Exception {
        List<JsonWebKey> keys = json.contains("\"keys\"")
                ? new JsonWebKeySet(json).getJsonWebKeys()
                : List.of(JsonWebKey.Factory.newJwk(json));
        List<Key> found = new ArrayList<>();
        for (JsonWebKey key : keys) {
            // Keys marked for encryption never sign; symmetric keys are not public keys.
            if (key instanceof PublicJsonWebKey publicKey && !"enc".equals(key.getUse())) {
                found.add(new Key(key.getKeyId(), publicKey.getPublicKey()));
            }
        }
        return found;
    }

    private static PublicKey pemPublicKey(String pem) throws Exception {
        String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(base64));
        try {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (java.security.spec.InvalidKeySpecException notRsa) {
            return KeyFactory.getInstance("EC").generatePublic(spec);
        }
    }
}
