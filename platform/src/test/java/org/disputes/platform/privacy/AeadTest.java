package org.disputes.platform.privacy;

import org.junit.jupiter.api.Test;

import javax.crypto.AEADBadTagException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ciphers are reused between values: nothing of one value, key or failure may carry over to the next. */
class AeadTest {

    private static final byte[] CONTEXT = bytes("key-1");

    @Test
    void aValueOpensUnderItsKeyAndContextOnlyAndAFailedOpeningLeavesNothingBehind() throws Exception {
        SecretKey one = newKey();
        SecretKey other = newKey();
        byte[] sealed = Aead.seal(one, bytes("a statement"), CONTEXT);

        assertThatThrownBy(() -> Aead.open(other, sealed, CONTEXT)).isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> Aead.open(one, sealed, bytes("key-2"))).isInstanceOf(AEADBadTagException.class);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> Aead.open(one, tampered, CONTEXT)).isInstanceOf(AEADBadTagException.class);

        assertThat(Aead.open(one, sealed, CONTEXT)).asString(StandardCharsets.UTF_8).isEqualTo("a statement");
    }

    @Test
    void sealingTheSameTextTwiceGivesTwoCipherTextsThatBothOpen() throws Exception {
        SecretKey key = newKey();
        byte[] first = Aead.seal(key, bytes("same"), CONTEXT);
        byte[] second = Aead.seal(key, bytes("same"), CONTEXT);

        assertThat(first).isNotEqualTo(second);
        assertThat(Aead.open(key, first, CONTEXT)).isEqualTo(bytes("same"));
        assertThat(Aead.open(key, second, CONTEXT)).isEqualTo(bytes("same"));
    }

    @Test
    void threadsSealingAndOpeningUnderManyKeysAtOnceEachGetTheirOwnText() throws Exception {
        List<SecretKey> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add(newKey());
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < 500; i++) {
                        SecretKey key = keys.get((thread + i) % keys.size());
                        byte[] text = bytes("thread " + thread + " value " + i);
                        if (!Arrays.equals(Aead.open(key, Aead.seal(key, text, CONTEXT), CONTEXT), text)) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> done : threads.invokeAll(work)) {
                assertThat(done.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static SecretKey newKey() throws NoSuchAlgorithmException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
