package org.disputes.benchmark;

import org.disputes.process.ServiceProcess;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rebuild's template cases, filed for real through the command service: delivery claims with three pieces of
 * carrier evidence each, varied in delivery method, jurisdiction and proof so the policy reaches different
 * decisions. Their stored events are what {@link EventCloner} copies.
 */
final class TemplateCases {

    private static final String AGENT = Requests.basic("agent", "agent-demo");
    private static final String CARRIER = Requests.basic("carrier", "carrier-demo");
    private static final List<List<String>> EVIDENCE = List.of(
            List.of("CARRIER_SCAN", "GPS_SCAN", "DELIVERY_PHOTO"),
            List.of("SIGNATURE", "GPS_SCAN", "CARRIER_SCAN"),
            List.of("OTP_CONFIRMATION", "CARRIER_SCAN", "DELIVERY_PHOTO"),
            List.of("LOCKER_PICKUP_LOG", "CARRIER_SCAN", "GPS_SCAN"),
            List.of("CARRIER_SCAN", "THIRD_PARTY_HANDOVER", "SIGNATURE"));
    private static final List<String> METHODS = List.of("SECURE_OTP", "SIGNATURE", "SECURE_OTP", "LOCKER", "DOORSTEP");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ServiceProcess commands;

    TemplateCases(ServiceProcess commands) {
        this.commands = commands;
    }

    /** Files one case for each of the varieties above and returns their ids. */
    List<String> file() throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < EVIDENCE.size(); i++) {
            UUID caseId = UUID.randomUUID();
            String jurisdiction = i % 2 == 0 ? "FR" : "DE";
            post("/api/delivery-claims", AGENT, Requests.claim(caseId, jurisdiction, METHODS.get(i)));
            for (String type : EVIDENCE.get(i)) {
                post("/api/cases/" + caseId + "/evidence", CARRIER,
                        Requests.evidence("CARRIER", type, "{\"distanceMeters\":" + (10 + 40 * i) + "}"));
            }
            ids.add(caseId.toString());
        }
        return ids;
    }

    private void post(String path, String authorization, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(commands.uri(path))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
