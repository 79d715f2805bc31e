package org.disputes.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.disputes.platform.openapi.AnySignedInUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me} (API.md): who the credentials belong to, for any signed-in user of either service. A client
 * such as the console signs a person in by asking this with the person's credentials.
 */
@Tag(name = "identity", description = "Who the credentials belong to.")
@RestController
public class MeController {

    /** The signed-in user as API.md words it; {@code partyId} is null for users who act for no party. */
    public record Me(String name, String role, String partyId) {
    }

    @AnySignedInUser
    @Operation(summary = "Who am I", description = """
            The user the credentials belong to: name, role and, for a carrier or seller, the party it acts for. What a \
            client (the console) asks to sign a person in. Any signed-in user.""")
    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    public Me me(@AuthenticationPrincipal DisputesPrincipal user) {
        return new Me(user.name(), user.role().name(), user.partyId());
    }
}
