package org.disputes.platform.privacy;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** AES-GCM with a random 96-bit nonce kept in front of the cipher text; {@code context} is authenticated too. */
final class Aead {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    /**
     * Ciphers used before, each initialized afresh for every value; never more than were ever in use at once.
     * {@link Cipher#getInstance} looks the provider up by name, and a new cipher expands even the key it had last:
     * most of opening a sealed value (6.2 of 10.1% of a rebuilding query service's CPU samples), done for every
     * event. Not a thread-local: requests run on virtual threads, each used once.
     */
    private static final Queue<Cipher> IDLE = new ConcurrentLinkedQueue<>();

    private Aead() {
    }

    static byte[] seal(SecretKey key, byte[] clear, byte[] context) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        Cipher cipher = borrow();
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            byte[] sealed = cipher.doFinal(clear);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("AES-GCM is unavailable", broken);
        } finally {
            IDLE.offer(cipher);
        }
    }

    /** The clear bytes; {@link AEADBadTagException} when the key or the context is not the one sealed with. */
    static byte[] open(SecretKey key, byte[] sealed, byte[] context) throws AEADBadTagException {
        if (sealed.length < NONCE + TAG_BITS / 8) {
            throw new AEADBadTagException("too short");
        }
        Cipher cipher = borrow();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(context);
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (AEADBadTagException wrongKey) {
            throw wrongKey;
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("AES-GCM is unavailable", broken);
        } finally {
            IDLE.offer(cipher);
        }
    }

    /** An idle cipher, or a new one; whoever takes it initializes it before use and gives it back after. */
    private static Cipher borrow() {
        Cipher idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (NoSuchAlgorithmException | NoSuchPaddingException broken) {
            throw new IllegalStateException("AES-GCM is unavailable", broken);
        }
    }
}
