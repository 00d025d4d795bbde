package dev.usher.invitations.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event's invitation brand as set (null: the server's default), and whether it has an image. */
@Schema(name = "InvitationBrand")
public record InvitationBrandView(String displayName, String color, String senderName,
                                  @Schema(description = "image/png, image/jpeg or image/gif; null without an image")
                                  String imageType,
                                  @Schema(description = "The image's size in bytes; 0 without one") int imageBytes) {
}
