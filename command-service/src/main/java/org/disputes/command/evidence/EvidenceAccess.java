package org.disputes.command.evidence;

import org.disputes.api.CaseId;
import org.disputes.api.evidence.Party;
import org.disputes.command.cases.CaseParties;
import org.disputes.platform.security.DisputesPrincipal;
import org.disputes.platform.security.Role;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * Who may put evidence on which case (API.md): an agent for any party on any case; a carrier only as party
 * {@code CARRIER} on cases whose {@code carrierId} is its own party id; a seller only as party {@code SELLER} on
 * cases whose {@code sellerId} is its own. A case's parties never change, so checking before the command is
 * sent cannot race with anything. An unknown case is 404 for everyone, as it is for an agent.
 */
final class EvidenceAccess {

    private final CaseParties parties;

    EvidenceAccess(CaseParties parties) {
        this.parties = parties;
    }

    void check(DisputesPrincipal user, CaseId caseId, Party party) {
        Role role = user.role();
        if (role == Role.AGENT) {
            return;
        }
        if (role != Role.CARRIER && role != Role.SELLER) {
            throw forbidden("Your role does not allow this.");
        }
        CaseParties.Parties against = parties.of(caseId).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                ProblemCode.CASE_NOT_FOUND, "No case has id " + caseId + "."));
        Party own = role == Role.CARRIER ? Party.CARRIER : Party.SELLER;
        String ownId = role == Role.CARRIER ? against.carrierId() : against.sellerId();
        String noun = own.name().toLowerCase(java.util.Locale.ROOT);
        if (user.partyId() == null || !user.partyId().equals(ownId)) {
            throw forbidden("A " + noun + " adds evidence only to cases it is a party to.");
        }
        if (party != null && party != own) {
            throw forbidden("A " + noun + " adds evidence only as party " + own + ".");
        }
    }

    private static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, ProblemCode.FORBIDDEN, detail);
    }
}
