package org.disputes.platform.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The master key that wraps every customer's own key (docs/PRIVACY.md): 32 random bytes in Base64, given directly
 * ({@code DISPUTES_MASTER_KEY}) or in a file ({@code DISPUTES_MASTER_KEY_FILE}). Without one a service refuses to
 * start: it could neither store personal data nor read it.
 *
 * @param masterKey          the master key, Base64
 * @param masterKeyFile      a file holding the master key, Base64 (read when {@code masterKey} is not set)
 * @param previousMasterKeys master keys being rotated out: customer keys still wrapped by one are unwrapped with it
 *                           and wrapped again by the current master key at start-up, events untouched
 * @param keyCache           how long an unwrapped customer key is kept in memory
 */
@ConfigurationProperties("disputes.privacy")
public record PrivacyProperties(String masterKey, String masterKeyFile, List<String> previousMasterKeys,
                                Duration keyCache) {

    public PrivacyProperties {
        previousMasterKeys = previousMasterKeys == null ? List.of() : List.copyOf(previousMasterKeys);
        keyCache = keyCache == null ? Duration.ofSeconds(10) : keyCache;
    }

    /** Never the key itself: properties may be printed (actuator, debugging). */
    @Override
    public String toString() {
        return "PrivacyProperties[masterKey=" + (masterKey == null || masterKey.isBlank() ? "unset" : "set")
                + ", masterKeyFile=" + masterKeyFile + ", previousMasterKeys=" + previousMasterKeys.size()
                + ", keyCache=" + keyCache + "]";
    }
}
