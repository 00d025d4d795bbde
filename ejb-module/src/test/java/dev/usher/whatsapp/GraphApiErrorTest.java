package dev.usher.whatsapp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphApiErrorTest {

    static final String WINDOW_CLOSED = """
            {"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,
            "error_data":{"messaging_product":"whatsapp","details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."},
            "fbtrace_id":"AbC131047"}}""";
    static final String THROTTLED = """
            {"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,
            "error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput has been reached."},
            "fbtrace_id":"AbC130429"}}""";
    static final String EXPIRED_TOKEN = """
            {"error":{"message":"Error validating access token: Session has expired on Friday, 01-Jan-27 10:00:00 PST.",
            "type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbC190"}}""";

    @Test
    void readsCodeSubcodeMessageDetailsAndTrace() {
        GraphApiError error = GraphApiError.parse(400, WINDOW_CLOSED, "token");
        assertThat(error.code()).isEqualTo(131047);
        assertThat(error.subcode()).isNull();
        assertThat(error.fbtraceId()).isEqualTo("AbC131047");
        assertThat(error.message()).startsWith("(#131047) Re-engagement message: Message failed to send");
        assertThat(error.kind()).isEqualTo(GraphApiError.Kind.WINDOW_CLOSED);
        assertThat(error.ledgerCode()).isEqualTo("131047");

        GraphApiError expired = GraphApiError.parse(401, EXPIRED_TOKEN, "token");
        assertThat(expired.subcode()).isEqualTo(463);
        assertThat(expired.kind()).isEqualTo(GraphApiError.Kind.TOKEN_REJECTED);
    }

    @Test
    void classifiesWhoseFaultItIsAndWhetherToRetry() {
        assertThat(GraphApiError.parse(400, THROTTLED, null).kind()).isEqualTo(GraphApiError.Kind.THROTTLED);
        assertThat(new GraphApiError(429, null, null, null, null).kind()).isEqualTo(GraphApiError.Kind.THROTTLED);
        assertThat(new GraphApiError(500, 1, null, null, null).kind()).isEqualTo(GraphApiError.Kind.UNAVAILABLE);
        assertThat(new GraphApiError(503, null, null, null, null).kind()).isEqualTo(GraphApiError.Kind.UNAVAILABLE);
        assertThat(GraphApiError.network("refused").kind()).isEqualTo(GraphApiError.Kind.UNAVAILABLE);
        assertThat(new GraphApiError(400, 132001, null, null, null).kind()).isEqualTo(GraphApiError.Kind.REFUSED);
        assertThat(new GraphApiError(400, 131026, null, null, null).kind()).isEqualTo(GraphApiError.Kind.REFUSED);
        assertThat(new GraphApiError(403, 200, null, null, null).kind()).isEqualTo(GraphApiError.Kind.NOT_PERMITTED);
        assertThat(new GraphApiError(400, 100, null, null, null).kind()).isEqualTo(GraphApiError.Kind.UNEXPECTED);
        assertThat(GraphApiError.Kind.THROTTLED.retryable()).isTrue();
        assertThat(GraphApiError.Kind.UNAVAILABLE.retryable()).isTrue();
        assertThat(GraphApiError.Kind.WINDOW_CLOSED.retryable()).isFalse();
        assertThat(GraphApiError.Kind.TOKEN_REJECTED.retryable()).isFalse();
    }

    @Test
    void aBodyThatIsNotAGraphErrorStillGivesATypedError() {
        GraphApiError error = GraphApiError.parse(502, "<html>Bad Gateway</html>", null);
        assertThat(error.code()).isNull();
        assertThat(error.kind()).isEqualTo(GraphApiError.Kind.UNAVAILABLE);
        assertThat(error.ledgerCode()).isEqualTo("http-502");
        assertThat(GraphApiError.network("x").ledgerCode()).isEqualTo("network");
    }

    @Test
    void theAccessTokenIsCutFromAnyMessage() {
        String echoed = "{\"error\":{\"message\":\"Malformed access token EAAGsecret123\",\"code\":190}}";
        GraphApiError error = GraphApiError.parse(401, echoed, "EAAGsecret123");
        assertThat(error.message()).isEqualTo("Malformed access token ***");
        assertThat(error.describe().toString()).doesNotContain("EAAGsecret123");
    }
}
