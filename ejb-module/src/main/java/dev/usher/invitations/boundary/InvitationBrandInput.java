package dev.usher.invitations.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The words and colour of an event's invitation e-mails; a member left out (or null) uses the
 * server's default ({@code USHER_MAIL_BRAND_NAME}, {@code USHER_MAIL_BRAND_COLOR}, the name in {@code SMTP_FROM}).
 */
@Schema(name = "InvitationBrandInput")
public record InvitationBrandInput(
        @Schema(description = "The name in the e-mail's header and footer, at most 80 characters") String displayName,
        @Schema(description = "The brand colour, #RRGGBB", example = "#1F6FEB") String color,
        @Schema(description = "The From header's display name, one line of at most 80 characters; the address "
                + "stays the server's SMTP_FROM") String senderName) {
}
