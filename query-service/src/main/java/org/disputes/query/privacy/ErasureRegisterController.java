package org.disputes.query.privacy;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The erasure register (API.md): for the privacy officer who files erasures and the regulator who checks them. */
@RestController
class ErasureRegisterController {

    private final JdbcClient jdbc;

    ErasureRegisterController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One erasure: who, when, which request on which basis, how many events it concerned. */
    record Erasure(String customerId, String reference, String basis, String erasedBy, Instant erasedAt,
                   int eventsConcerned) {
    }

    @Operation(summary = "Read the erasure register", description = """
            Every customer erasure carried out, newest first: the customer's pseudonymous id, the request's reference \
            and legal basis, who carried it out and when, and how many events it concerned (PRIVACY, REGULATOR).""")
    @GetMapping(path = "/api/erasures", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Erasure> register() {
        return jdbc.sql("""
                        select customer_id, reference, basis, erased_by, erased_at, events_concerned
                        from query.erasure order by erased_at desc, customer_id""")
                .query((rs, n) -> new Erasure(rs.getString("customer_id"), rs.getString("reference"),
                        rs.getString("basis"), rs.getString("erased_by"),
                        rs.getTimestamp("erased_at").toInstant(), rs.getInt("events_concerned")))
                .list();
    }
}
