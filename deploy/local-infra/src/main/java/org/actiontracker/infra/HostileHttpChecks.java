package org.actiontracker.infra;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the HTTP server alone would refuse with an empty body (a 10 kB URL, control characters in a header) is
 * refused with a problem, in both services (their shared HttpEdgeGuard). Sent over a raw socket: HTTP clients refuse
 * to send such bytes. A service's test extends it as a {@code @QuarkusTest}, naming a list it serves and a query
 * parameter that list takes.
 */
public abstract class HostileHttpChecks {

    private final String listPath;
    private final String textParameter;

    /**
     * @param listPath      a GET list of the service, e.g. {@code /api/v1/actions}
     * @param textParameter a text query parameter of that list, which a NUL must be refused in
     */
    protected HostileHttpChecks(String listPath, String textParameter) {
        this.listPath = listPath;
        this.textParameter = textParameter;
    }

    @Test
    void aTenKilobyteUrlAnswers414WithAProblem() throws IOException {
        String response = send("GET " + listPath + "?q=" + "x".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertProblem(response, 414, "\"field\":\"uri\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\r", "\u0007"})
    void aControlCharacterInAHeaderValueAnswers400NamingTheHeader(String control) throws IOException {
        String response = send("GET " + listPath + " HTTP/1.1\r\nHost: localhost\r\nX-Trace: a" + control
                + "b\r\nConnection: close\r\n\r\n");
        assertProblem(response, 400, "\"field\":\"X-Trace\"");
    }

    /**
     * A bare LF ends a header line for some parsers and not others (request smuggling), so Netty's strict line
     * parsing refuses it before any route, with an empty 400: that defence stays on.
     */
    @Test
    void aBareLineFeedInAHeaderIsRefusedBeforeAnyRoute() throws IOException {
        String response = send("GET " + listPath + " HTTP/1.1\r\nHost: localhost\r\nX-Trace: a\nb: c\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
    }

    @Test
    void aNulInAQueryParameterAnswers400NamingIt() throws IOException {
        String response = send("GET " + listPath + "?" + textParameter + "=a%00b HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertProblem(response, 400, "\"field\":\"" + textParameter + "\"");
    }

    private static void assertProblem(String response, int status, String field) {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(response).contains("\"status\":" + status).contains(field);
    }

    private static String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
