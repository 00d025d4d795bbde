package dev.usher.offline.control;

import dev.usher.checkin.control.TokenReader;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DoorCodeTest {

    private static final UUID EVENT = UUID.fromString("0b7e3c8a-6f51-4d2e-9a7c-1f2e3d4c5b6a");
    private static final UUID INVITATION = UUID.fromString("5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final KeyPair KEYS = EventKeys.generate();

    @Test
    void aSignedCodeVerifiesAndCarriesOnlyIdsAndSeats() {
        String code = new DoorCode(EVENT, INVITATION, 3).sign(KEYS.getPrivate());

        assertThat(code).hasSize(DoorCode.LENGTH).startsWith("U1");
        assertThat(DoorCode.looksSigned(code)).isTrue();
        assertThat(DoorCode.claimedEvent(code)).contains(EVENT);
        assertThat(DoorCode.verify(code, KEYS.getPublic())).contains(new DoorCode(EVENT, INVITATION, 3));
        // Deterministic: the e-mail, the console's QR image and a resend carry the same code.
        assertThat(new DoorCode(EVENT, INVITATION, 3).sign(KEYS.getPrivate())).isEqualTo(code);
    }

    @Test
    void everyTamperedCharacterIsRefused() {
        String code = new DoorCode(EVENT, INVITATION, 1).sign(KEYS.getPrivate());
        // Every position but the last, whose low bits base64 does not carry.
        for (int i = 2; i < code.length() - 1; i++) {
            char c = code.charAt(i);
            String tampered = code.substring(0, i) + (c == 'A' ? 'B' : 'A') + code.substring(i + 1);
            assertThat(DoorCode.verify(tampered, KEYS.getPublic())).as("position %d", i).isEmpty();
        }
    }

    @Test
    void aPayloadWithMoreSeatsAndTheOldSignatureIsRefused() {
        String code = new DoorCode(EVENT, INVITATION, 1).sign(KEYS.getPrivate());
        byte[] all = Base64.getUrlDecoder().decode(code.substring(2));
        all[33] = 9; // seats 1 -> 9, signature kept
        String forged = "U1" + Base64.getUrlEncoder().withoutPadding().encodeToString(all);

        assertThat(DoorCode.looksSigned(forged)).isTrue();
        assertThat(DoorCode.verify(forged, KEYS.getPublic())).isEmpty();
    }

    @Test
    void anotherEventsKeyRefusesTheCode() {
        KeyPair other = EventKeys.generate();
        String code = new DoorCode(EVENT, INVITATION, 2).sign(other.getPrivate());

        assertThat(DoorCode.verify(code, KEYS.getPublic())).isEmpty();
        assertThat(DoorCode.verify(code, other.getPublic())).isPresent();
    }

    @Test
    void theRawPublicKeyIsTheOneWebCryptoImportsAndComesBackWhole() {
        byte[] raw = EventKeys.rawPublic(KEYS.getPublic());
        String code = new DoorCode(EVENT, INVITATION, 2).sign(KEYS.getPrivate());

        assertThat(raw).hasSize(32);
        assertThat(DoorCode.verify(code, EventKeys.publicKey(raw))).isPresent();
    }

    @Test
    void plainTokensAndJunkAreNotSignedCodes() {
        assertThat(DoorCode.looksSigned("abcDEF123_-abcDEF123_-abcDEF1234")).isFalse();
        assertThat(DoorCode.looksSigned(null)).isFalse();
        assertThat(DoorCode.looksSigned("U1" + "!".repeat(131))).isFalse();
        assertThat(DoorCode.verify("U1" + "A".repeat(131), KEYS.getPublic())).isEmpty();
        assertThatThrownBy(() -> new DoorCode(EVENT, INVITATION, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStationReadsASignedCodeOutOfTheQrUrl() {
        String code = new DoorCode(EVENT, INVITATION, 2).sign(KEYS.getPrivate());

        assertThat(TokenReader.read("https://usher.example/validate-invitation?token=" + code)).isEqualTo(code);
    }
}
