package dev.usher.batch.broadcast;

import dev.usher.batch.JobXml;
import jakarta.batch.runtime.StepExecution;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** After the WhatsApp step, the job goes on to the e-mail fallback only when the broadcast asked for it. */
class EmailFallbackDeciderTest {

    private static final JobXml JOB = JobXml.of("whatsapp-broadcast");

    @Test
    void decidesFromTheBroadcastsEmailFallbackParameter() {
        assertThat(decide("true")).isEqualTo(EmailFallbackDecider.FALLBACK);
        assertThat(decide("false")).isEqualTo(EmailFallbackDecider.NO_FALLBACK);
        assertThat(decide(null)).isEqualTo(EmailFallbackDecider.NO_FALLBACK);
    }

    @Test
    void theJobXmlSendsTheFallbackOutcomeToTheEmailStepAndEndsOnAnyOther() {
        Element decision = JOB.element("fallback-wanted");
        assertThat(decision.getAttribute("ref")).isEqualTo("emailFallbackDecider");

        List<String> transitions = new ArrayList<>();
        NodeList children = decision.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element transition && !transition.getLocalName().equals("properties")) {
                transitions.add(transition.getLocalName() + " on=" + transition.getAttribute("on")
                        + (transition.hasAttribute("to") ? " to=" + transition.getAttribute("to") : ""));
            }
        }
        assertThat(transitions).containsExactly("next on=" + EmailFallbackDecider.FALLBACK + " to=email-fallback",
                "end on=*");
        assertThat(JOB.element("email-fallback").getLocalName()).isEqualTo("step");
    }

    /** The decider as the runtime runs it: its property resolved from the job XML and the job's parameters. */
    private static String decide(String emailFallback) {
        Properties job = new Properties();
        if (emailFallback != null) {
            job.setProperty("emailFallback", emailFallback);
        }
        EmailFallbackDecider decider = new EmailFallbackDecider();
        decider.emailFallback = JOB.properties("fallback-wanted", job).getProperty("emailFallback");
        return decider.decide(new StepExecution[0]);
    }
}
