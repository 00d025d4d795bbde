package dev.usher.invitations.control;

import java.util.Optional;

/** An invitation look as the container would inject it, for tests outside it. */
final class InvitationLooks {

    private InvitationLooks() {
    }

    static InvitationLook withPixel(boolean pixel) {
        InvitationLook look = new InvitationLook();
        look.brandName = "Gala & Co";
        look.brandColour = "#0A0B0C";
        look.supportEmail = Optional.of("help@usher.test");
        look.supportPhone = Optional.of("+972 3 555 0000");
        look.supportUrl = Optional.empty();
        look.footer = Optional.empty();
        look.trackingPixel = pixel;
        look.calendarAttachment = true;
        return look;
    }
}
