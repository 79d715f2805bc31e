package org.disputes.command.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.disputes.platform.security.DisputesPrincipal;
import org.disputes.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** API.md "Webhooks (OPERATOR)": subscriptions, their secrets and their delivery logs. */
@RestController
@RequestMapping(path = "/api/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhookController {

    static final int MAX_LOG = 200;
    private final WebhookSubscriptions webhooks;

    WebhookController(WebhookSubscriptions webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "Subscribe a webhook", description = """
            Subscribes an endpoint to case events (OPERATOR; docs/WEBHOOKS.md): each event is POSTed to `url`, signed \
            with the subscription's secret, retried for 72 h. A `sellerId` or `carrierId` limits it to the cases \
            naming that party. The secret is in this answer only: no later request shows it again.""")
    @ApiResponse(responseCode = "201", description = "Subscribed: the subscription's id and its signing secret, "
            + "shown once.", headers = @Header(name = "Location", description = "The subscription's address",
                    schema = @Schema(type = "string", format = "uri-reference")))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: also a target that is not https, or that "
            + "resolves to a loopback, private or link-local address, where the deployment does not allow them.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WebhookViews.Created> create(@RequestBody(required = false) WebhookRequests.Create body,
                                                @AuthenticationPrincipal DisputesPrincipal operator) {
        WebhookViews.Created created = webhooks.create(body, operator.name());
        // the secret is shown once: kept by no cache, nor by the Idempotency-Key store
        return ResponseEntity.created(URI.create("/api/webhooks/" + created.webhookId()))
                .cacheControl(CacheControl.noStore()).body(created);
    }

    @Operation(summary = "List webhook subscriptions", description = """
            Every subscription with its events, target and state, and its deliveries counted by status (OPERATOR). No \
            secret is ever shown here.""")
    @GetMapping
    List<WebhookViews.WebhookView> all() {
        return webhooks.all();
    }

    @Operation(summary = "Read a webhook subscription", description = """
            One subscription with its events, target and state, and its deliveries counted by status (OPERATOR).""")
    @ApiResponse(responseCode = "200", description = "The subscription.")
    @ApiResponse(responseCode = "404", description = "WEBHOOK_NOT_FOUND: no subscription has this id.")
    @GetMapping("/{webhookId}")
    WebhookViews.WebhookView one(@PathVariable String webhookId) {
        return webhooks.one(WebhookRequestReader.id("webhookId", webhookId));
    }

    @Operation(summary = "Change a webhook subscription", description = """
            Switches a subscription on or off, or changes its events or target (OPERATOR); what the body leaves out \
            stays as it is.""")
    @ApiResponse(responseCode = "200", description = "The subscription as it is now.")
    @ApiResponse(responseCode = "404", description = "WEBHOOK_NOT_FOUND: no subscription has this id.")
    @PatchMapping(path = "/{webhookId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    WebhookViews.WebhookView update(@PathVariable String webhookId,
                                    @RequestBody(required = false) WebhookRequests.Update body) {
        return webhooks.update(WebhookRequestReader.id("webhookId", webhookId), body);
    }

    @Operation(summary = "Delete a webhook subscription", description = """
            Ends a subscription (OPERATOR): nothing more is delivered to it.""")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "404", description = "WEBHOOK_NOT_FOUND: no subscription has this id.")
    @DeleteMapping("/{webhookId}")
    ResponseEntity<Void> delete(@PathVariable String webhookId) {
        webhooks.delete(WebhookRequestReader.id("webhookId", webhookId));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Rotate a webhook's secret", description = """
            Gives a subscription a new signing secret (OPERATOR), shown in this answer only; for 24 h deliveries are \
            signed with both, so that the receiver can switch without losing any.""")
    @ApiResponse(responseCode = "200", description = "The new secret, shown once.")
    @ApiResponse(responseCode = "404", description = "WEBHOOK_NOT_FOUND: no subscription has this id.")
    @PostMapping("/{webhookId}/rotate-secret")
    ResponseEntity<WebhookViews.Rotated> rotate(@PathVariable String webhookId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(webhooks.rotate(WebhookRequestReader.id("webhookId", webhookId)));
    }

    @Operation(summary = "List a webhook's deliveries", description = """
            A subscription's latest deliveries (at most 200), each with its attempts: status code, duration, error, \
            and 1 KiB of the answer at most (OPERATOR). `status` keeps those in that state.""")
    @ApiResponse(responseCode = "200", description = "The deliveries, newest first.")
    @ApiResponse(responseCode = "404", description = "WEBHOOK_NOT_FOUND: no subscription has this id.")
    @GetMapping("/{webhookId}/deliveries")
    List<WebhookViews.DeliveryView> deliveries(@PathVariable String webhookId,
                                               @RequestParam(required = false) String status) {
        return webhooks.deliveries(WebhookRequestReader.id("webhookId", webhookId), status(status), MAX_LOG);
    }

    @Operation(summary = "Redeliver a delivery", description = """
            Queues a delivery again, typically one that `FAILED` after 72 h of retries (OPERATOR).""")
    @ApiResponse(responseCode = "202", description = "Queued again: the delivery as it stands.")
    @ApiResponse(responseCode = "404", description = "DELIVERY_NOT_FOUND: no delivery has this id.")
    @PostMapping("/deliveries/{deliveryId}/redeliver")
    ResponseEntity<WebhookViews.DeliveryView> redeliver(@PathVariable String deliveryId) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(webhooks.redeliver(WebhookRequestReader.id("deliveryId", deliveryId)));
    }

    private static Delivery.Status status(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        try {
            return Delivery.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("status", "must be one of " + Arrays.toString(Delivery.Status.values()));
        }
    }
}
