package org.disputes.command.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.disputes.api.CaseId;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.evidence.Sha256;
import org.disputes.api.evidence.SubmitEvidence;
import org.disputes.command.web.Shapes;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The body of {@code POST /api/cases/{caseId}/evidence}. Its shape is declared here; who may submit which type,
 * when it was captured and how the attributes the policy reads are typed are the case's rules.
 */
public record EvidenceRequest(
        @Pattern(regexp = Shapes.UUID, message = Shapes.UUID_MESSAGE) String evidenceId,
        Party party,
        EvidenceType type,
        Instant capturedAt,
        @NotBlank(message = Shapes.REQUIRED) @Pattern(regexp = "[0-9a-f]{64}",
                message = "must be 64 lower-case hex characters") String sha256,
        @NotBlank(message = Shapes.REQUIRED) @Size(max = EvidenceLink.MAX, message = "must be at most 2048 characters")
        @EvidenceLink String uri,
        @Size(max = MAX_DESCRIPTION, message = "must be at most 2000 characters") String description,
        Map<@Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,63}",
                message = "names must be 1 to 64 letters, digits or _, starting with a letter") String,
                @AttributeValue Object> attributes) {

    static final int MAX_DESCRIPTION = 2000;

    /** The command; call on a request of the declared shape only. */
    public SubmitEvidence command(CaseId caseId, Supplier<UUID> ids) {
        EvidenceId id = evidenceId == null ? new EvidenceId(ids.get()) : new EvidenceId(UUID.fromString(evidenceId));
        return new SubmitEvidence(caseId, id, party, type, capturedAt, new Sha256(sha256), URI.create(uri),
                description, attributes == null ? EvidenceAttributes.NONE : new EvidenceAttributes(attributes));
    }
}
