package dev.usher.offline.control;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeySealTest {

    private static final String SECRET = "a-door-key-secret-of-more-than-32-characters";
    private static final UUID EVENT = UUID.randomUUID();

    @Test
    void aSealedPrivateKeyOpensWithTheSameSecretAndSigns() {
        KeyPair pair = EventKeys.generate();
        byte[] sealed = new KeySeal(SECRET).seal(EVENT, pair.getPrivate().getEncoded());

        assertThat(java.util.Collections.indexOfSubList(list(sealed), list(pair.getPrivate().getEncoded()))).isEqualTo(-1);
        byte[] opened = new KeySeal(SECRET).open(EVENT, sealed);
        String code = new DoorCode(EVENT, UUID.randomUUID(), 1).sign(EventKeys.privateKey(opened));
        assertThat(DoorCode.verify(code, pair.getPublic())).isPresent();
    }

    private static java.util.List<Byte> list(byte[] bytes) {
        java.util.List<Byte> list = new java.util.ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }

    @Test
    void anotherSecretOrAnotherEventCannotOpenIt() {
        byte[] sealed = new KeySeal(SECRET).seal(EVENT, EventKeys.generate().getPrivate().getEncoded());

        assertThatThrownBy(() -> new KeySeal(SECRET + "x").open(EVENT, sealed))
                .hasMessageContaining("USHER_DOOR_KEY_SECRET").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> new KeySeal(SECRET).open(UUID.randomUUID(), sealed))
                .isInstanceOf(IllegalStateException.class);
    }
}
