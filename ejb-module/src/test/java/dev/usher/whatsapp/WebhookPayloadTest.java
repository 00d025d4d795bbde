package dev.usher.whatsapp;

import dev.usher.deliveries.entity.DeliveryState;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookPayloadTest {

    private static WebhookPayload parse(String json) {
        return WebhookPayload.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    private static String envelope(String value) {
        return "{'object':'whatsapp_business_account','entry':[{'id':'WABA','changes':[{'field':'messages',"
                + "'value':{'messaging_product':'whatsapp','metadata':{'display_phone_number':'15550001111',"
                + "'phone_number_id':'106540352242922'}," + value + "}}]}]}";
    }

    @Test
    void readsStatusesWithTheirTimeAndError() {
        WebhookPayload payload = parse(envelope("'statuses':["
                + "{'id':'wamid.A','status':'delivered','timestamp':'1798761600','recipient_id':'972541234567'},"
                + "{'id':'wamid.B','status':'failed','timestamp':'1798761601','recipient_id':'972541234567',"
                + "'errors':[{'code':131026,'title':'Message undeliverable','message':'Message undeliverable',"
                + "'error_data':{'details':'Receiver is incapable of receiving this message'}}]},"
                + "{'id':'wamid.C','status':'deleted','timestamp':'1798761602'}]"));
        assertThat(payload.statuses()).hasSize(3);
        WebhookPayload.StatusReport delivered = payload.statuses().get(0);
        assertThat(delivered.phoneNumberId()).isEqualTo("106540352242922");
        assertThat(delivered.state()).contains(DeliveryState.delivered);
        assertThat(delivered.at()).isEqualTo(OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        WebhookPayload.StatusReport failed = payload.statuses().get(1);
        assertThat(failed.state()).contains(DeliveryState.failed);
        assertThat(failed.errorCode()).isEqualTo("131026");
        assertThat(failed.errorReason()).isEqualTo("Receiver is incapable of receiving this message");
        assertThat(payload.statuses().get(2).state()).isEmpty();
    }

    @Test
    void readsTextButtonAndInteractiveReplies() {
        WebhookPayload payload = parse(envelope("'contacts':[{'wa_id':'972541234567'}],'messages':["
                + "{'from':'972541234567','id':'wamid.IN1','timestamp':'1798761600','type':'text','text':{'body':'Yes!'}},"
                + "{'from':'972541234567','id':'wamid.IN2','timestamp':'1798761601','type':'button',"
                + "'context':{'from':'15550001111','id':'wamid.OUT'},'button':{'payload':'usher-rsvp:x:yes','text':'Coming'}},"
                + "{'from':'972541234567','id':'wamid.IN3','timestamp':'1798761602','type':'interactive',"
                + "'interactive':{'type':'button_reply','button_reply':{'id':'usher-rsvp:x:no','title':'No'}}},"
                + "{'from':'972541234567','id':'wamid.IN4','timestamp':'1798761603','type':'image','image':{'id':'m'}}]"));
        assertThat(payload.messages()).hasSize(4);
        assertThat(payload.messages().get(0).text()).isEqualTo("Yes!");
        assertThat(payload.messages().get(1).payload()).isEqualTo("usher-rsvp:x:yes");
        assertThat(payload.messages().get(1).contextMessageId()).isEqualTo("wamid.OUT");
        assertThat(payload.messages().get(2).payload()).isEqualTo("usher-rsvp:x:no");
        assertThat(payload.messages().get(3).text()).isNull();
        assertThat(payload.messages().get(3).payload()).isNull();
    }

    @Test
    void otherObjectsAndUnknownShapesAreSkippedNotRefused() {
        assertThat(parse("{'object':'page','entry':[]}").statuses()).isEmpty();
        assertThat(parse("{'object':'whatsapp_business_account','entry':[{'changes':[{'value':5}]}]}").messages())
                .isEmpty();
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefused() {
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("{'object':")).isInstanceOf(IllegalArgumentException.class);
    }
}
