package dev.usher.whatsapp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppPayloadsTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void aTextAsTheCloudApiExpectsIt() {
        JsonObject body = WhatsAppPayloads.request("+972541234567", new WhatsAppMessage.Text("Hi \"Noa\"\nsee you"));
        assertThat(body).isEqualTo(json("{'messaging_product':'whatsapp','recipient_type':'individual',"
                + "'to':'972541234567','type':'text','text':{'preview_url':false,'body':'Hi \\'Noa\\'\\nsee you'}}"));
    }

    @Test
    void aTemplateWithBodyParametersAndQuickReplyPayloads() {
        JsonObject body = WhatsAppPayloads.request("+972541234567", new WhatsAppMessage.Template("rsvp", "he",
                List.of("Noa", "Gala"), List.of("usher-rsvp:g:yes", "usher-rsvp:g:no")));
        assertThat(body).isEqualTo(json("{'messaging_product':'whatsapp','recipient_type':'individual',"
                + "'to':'972541234567','type':'template','template':{'name':'rsvp','language':{'code':'he'},"
                + "'components':["
                + "{'type':'body','parameters':[{'type':'text','text':'Noa'},{'type':'text','text':'Gala'}]},"
                + "{'type':'button','sub_type':'quick_reply','index':'0','parameters':[{'type':'payload','payload':'usher-rsvp:g:yes'}]},"
                + "{'type':'button','sub_type':'quick_reply','index':'1','parameters':[{'type':'payload','payload':'usher-rsvp:g:no'}]}"
                + "]}}"));
    }

    @Test
    void aTemplateWithoutParametersHasNoComponents() {
        JsonObject body = WhatsAppPayloads.request("+15551234567",
                new WhatsAppMessage.Template("hello_world", "en_US", List.of(), List.of()));
        assertThat(body.getJsonObject("template").getJsonArray("components")).isEmpty();
    }

    @Test
    void theLedgerKeepsTheMessageAsSent() {
        assertThat(WhatsAppPayloads.ledgerContent(new WhatsAppMessage.Template("rsvp", "he", List.of("Noa"),
                List.of("p")))).isEqualTo(json("{'type':'template','name':'rsvp','language':'he',"
                + "'bodyParameters':['Noa'],'quickReplyPayloads':['p']}"));
    }
}
