package dev.usher.messaging.boundary;

import dev.usher.deliveries.control.DeliveryLedger;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryState;
import dev.usher.guests.control.GuestAnswers;
import dev.usher.messaging.control.RsvpReplies;
import dev.usher.platform.errors.BadRequestException;
import dev.usher.platform.errors.ForbiddenException;
import dev.usher.platform.errors.ServiceUnavailableException;
import dev.usher.platform.errors.UnauthorizedException;
import dev.usher.whatsapp.WebhookPayload;
import dev.usher.whatsapp.WebhookSignature;
import dev.usher.whatsapp.WhatsAppConfiguration;
import dev.usher.whatsapp.WhatsAppSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Meta's calls to Usher. Public (Meta has no Usher token): the subscription handshake proves
 * itself with the verify token, every callback with its HMAC signature, checked here before
 * the body is even parsed. Callbacks may come twice or out of order; the ledger's and the
 * guest answers' rules make a repeat change nothing. Unknown message ids are logged and
 * acknowledged, so Meta does not retry them for days.
 */
@Stateless
@PermitAll
public class WhatsAppWebhooks {

    private static final Logger LOG = Logger.getLogger(WhatsAppWebhooks.class.getName());
    private static final int MAX_CHALLENGE = 256;

    @Inject
    WhatsAppConfiguration configuration;

    @Inject
    DeliveryLedger ledger;

    @Inject
    RsvpReplies replies;

    /** {@code GET ?hub.mode=subscribe&hub.verify_token=...&hub.challenge=...}: the challenge, echoed. */
    public String handshake(String mode, String verifyToken, String challenge) {
        WhatsAppSettings settings = configuration.current();
        if (!settings.canVerifySubscriptions()) {
            throw new ServiceUnavailableException("WhatsApp webhooks are not configured on this server: "
                    + WhatsAppSettings.environmentName(WhatsAppSettings.VERIFY_TOKEN) + " is not set",
                    Map.of("settings", List.of(WhatsAppSettings.environmentName(WhatsAppSettings.VERIFY_TOKEN))));
        }
        if (!"subscribe".equals(mode) || !WebhookSignature.sameText(verifyToken, settings.verifyToken())) {
            throw new ForbiddenException("The subscription request's hub.mode or hub.verify_token is wrong");
        }
        if (challenge == null || challenge.isBlank() || challenge.length() > MAX_CHALLENGE) {
            throw new BadRequestException("hub.challenge must be given (at most " + MAX_CHALLENGE + " characters)");
        }
        return challenge;
    }

    /**
     * A signed callback. 401 with nothing processed when the signature is missing or wrong; 400
     * when a correctly signed body is not JSON; else every status and reply is applied.
     */
    public WebhookReceipt receive(byte[] body, String signature) {
        WhatsAppSettings settings = configuration.current();
        if (!settings.canVerifySignatures()) {
            throw new ServiceUnavailableException("WhatsApp webhooks are not configured on this server: "
                    + WhatsAppSettings.environmentName(WhatsAppSettings.APP_SECRET) + " is not set",
                    Map.of("settings", List.of(WhatsAppSettings.environmentName(WhatsAppSettings.APP_SECRET))));
        }
        if (signature == null || signature.isBlank()) {
            throw new UnauthorizedException("The callback has no " + WebhookSignature.HEADER + " header");
        }
        if (!WebhookSignature.matches(body, signature, settings.appSecret())) {
            throw new UnauthorizedException("The callback's " + WebhookSignature.HEADER
                    + " does not match its body; nothing was processed");
        }
        WebhookPayload payload;
        try {
            payload = WebhookPayload.parse(body);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        int applied = 0, unchanged = 0, unknown = 0, ignored = 0;
        for (WebhookPayload.StatusReport status : payload.statuses()) {
            Optional<DeliveryState> state = status.state();
            if (state.isEmpty() || status.messageId() == null) {
                ignored++;
                LOG.info(() -> "WhatsApp status '" + status.status() + "' for " + status.messageId() + " is not tracked");
                continue;
            }
            OffsetDateTime at = status.at() != null ? status.at() : OffsetDateTime.now(ZoneOffset.UTC);
            switch (ledger.report(Channel.whatsapp, status.messageId(), state.get(), at, status.errorCode(),
                    status.errorReason())) {
                case CHANGED -> applied++;
                case UNCHANGED -> unchanged++;
                case UNKNOWN -> {
                    unknown++;
                    LOG.info(() -> "WhatsApp status '" + status.status() + "' for unknown message " + status.messageId()
                            + " acknowledged and ignored");
                }
            }
        }
        int answers = 0;
        for (WebhookPayload.InboundMessage message : payload.messages()) {
            Optional<GuestAnswers.Outcome> outcome = replies.apply(message, settings.phoneNumberId());
            if (outcome.filter(o -> o == GuestAnswers.Outcome.CHANGED).isPresent()) {
                answers++;
            }
        }
        return new WebhookReceipt(applied, unchanged, unknown, ignored, payload.messages().size(), answers);
    }
}
