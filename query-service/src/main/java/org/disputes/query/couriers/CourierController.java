package org.disputes.query.couriers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/** A courier's record: their non-receipt cases, flags, refunds and fraud referrals (POLICY.md §3). */
@RestController
@RequestMapping(path = "/api/couriers", produces = MediaType.APPLICATION_JSON_VALUE)
class CourierController {

    /** The form the command service accepts a courier id in: an id that no claim can carry is not a question. */
    private static final Pattern COURIER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}");

    private final CourierRepository couriers;

    CourierController(CourierRepository couriers) {
        this.couriers = couriers;
    }

    @Operation(summary = "A courier's record", description = """
            The non-receipt cases naming the courier, those flagged with a remote disclosure of the delivery code, the \
            refunds, and the fraud referrals opened (POLICY.md §3; AGENT, ESCALATION).""")
    @ApiResponse(responseCode = "200", description = "The courier's record.")
    @ApiResponse(responseCode = "404", description = "COURIER_NOT_FOUND: no case names this courier.")
    @GetMapping("/{courierId}")
    CourierView find(@PathVariable String courierId) {
        if (!COURIER_ID.matcher(courierId).matches()) {
            throw ApiProblem.invalid("courierId",
                    "must be 1 to 64 letters, digits or . _ : / # - (starting with a letter or digit)");
        }
        return couriers.find(courierId).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.COURIER_NOT_FOUND,
                "No case names courier " + courierId + "."));
    }
}
