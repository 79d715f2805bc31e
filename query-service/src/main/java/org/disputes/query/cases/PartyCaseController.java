package org.disputes.query.cases;

import io.swagger.v3.oas.annotations.Operation;
import org.disputes.api.CaseStatus;
import org.disputes.platform.security.DisputesPrincipal;
import org.disputes.query.cases.CaseParty;
import org.disputes.query.cases.CaseViewRepository;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/** A seller's or a carrier's own cases (API.md, "Party view"); only these roles reach it (security configuration). */
@RestController
class PartyCaseController {

    private final CaseViewRepository views;

    PartyCaseController(CaseViewRepository views) {
        this.views = views;
    }

    /** The cases naming the signed-in party, awaiting proof first, each with its {@code responseDueBy}. */
    @Operation(summary = "My cases (carrier or seller)", description = """
            The cases naming the signed-in carrier or seller, those awaiting its proof first, each with its \
            `responseDueBy` (CARRIER, SELLER).""")
    @GetMapping(path = "/api/parties/me/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    PageView<CaseSummary> myCases(@RequestParam Optional<CaseStatus> status,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size,
                                  @AuthenticationPrincipal DisputesPrincipal user) {
        PageView.check(page, size);
        CaseParty reader = PartyReader.of(user)
                .orElseThrow(() -> new IllegalStateException("the party view is for sellers and carriers"));
        if (reader.partyId() == null) {
            // a seller or carrier configured without a party id is named by no case
            return new PageView<>(List.of(), page, size, 0);
        }
        return PageView.of(views.partyCases(reader, status, page, size), CaseSummary::of, page, size);
    }
}
