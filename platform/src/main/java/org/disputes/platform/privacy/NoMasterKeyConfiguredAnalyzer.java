package org.disputes.platform.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to configure, instead of a stack trace, when a service has no master key. */
public final class NoMasterKeyConfiguredAnalyzer extends AbstractFailureAnalyzer<NoMasterKeyConfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoMasterKeyConfigured cause) {
        return new FailureAnalysis(cause.getMessage() + ".", """
                Configure the master key that protects customers' personal data (docs/PRIVACY.md), one of:
                  - DISPUTES_MASTER_KEY (disputes.privacy.master-key): 32 random bytes in Base64;
                  - DISPUTES_MASTER_KEY_FILE (disputes.privacy.master-key-file): a file holding them.
                Generate one with: openssl rand -base64 32
                Both services need the same key; lose it and every customer's personal data is lost with it.""",
                cause);
    }
}
