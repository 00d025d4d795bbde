package dev.usher.invitations.boundary;

import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.control.Roles;
import dev.usher.invitations.control.BrandRules;
import dev.usher.invitations.control.EventBrands;
import dev.usher.invitations.entity.EventMailBrand;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * The brand of an event's invitation e-mails: any member reads it, an admin (who sends the
 * invitations) changes it. Bad values are refused with 422 naming the field, nothing written.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class InvitationBrands {

    @Inject
    EventBrands brands;

    @RequiresEventRole(EventRole.viewer)
    public InvitationBrandView get(@EventId UUID eventId) {
        return brands.find(eventId).map(InvitationBrands::view)
                .orElse(new InvitationBrandView(null, null, null, null, 0));
    }

    @RequiresEventRole(EventRole.admin)
    public InvitationBrandView set(@EventId UUID eventId, InvitationBrandInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "is required");
        }
        String displayName = strip(input.displayName());
        String senderName = strip(input.senderName());
        String color = strip(input.color());
        List<FieldError> problems = BrandRules.problems(displayName, color, senderName);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EventMailBrand brand = brands.editable(eventId);
        brand.apply(displayName, color == null ? null : color.toUpperCase(java.util.Locale.ROOT), senderName);
        return view(brand);
    }

    /** Sets the image (PNG, JPEG or GIF, at most {@link BrandRules#MAX_IMAGE_BYTES}). */
    @RequiresEventRole(EventRole.admin)
    public InvitationBrandView setImage(@EventId UUID eventId, byte[] image, String contentType) {
        FieldError problem = BrandRules.imageProblem(image, contentType);
        if (problem != null) {
            throw new InvalidInputException(List.of(problem));
        }
        EventMailBrand brand = brands.editable(eventId);
        brand.image(image, BrandRules.imageType(image));
        return view(brand);
    }

    @RequiresEventRole(EventRole.admin)
    public InvitationBrandView removeImage(@EventId UUID eventId) {
        EventMailBrand brand = brands.editable(eventId);
        brand.image(null, null);
        return view(brand);
    }

    /** The image's bytes and type, for the console; 404 without one. */
    @RequiresEventRole(EventRole.viewer)
    public EventImage image(@EventId UUID eventId) {
        EventMailBrand brand = brands.find(eventId).filter(b -> b.imageType() != null)
                .orElseThrow(() -> new NotFoundException("This event's invitations have no image"));
        return new EventImage(brand.image(), brand.imageType());
    }

    /** An image and its media type. */
    public record EventImage(byte[] bytes, String type) {
    }

    private static InvitationBrandView view(EventMailBrand b) {
        return new InvitationBrandView(b.displayName(), b.color(), b.senderName(), b.imageType(),
                b.image() == null ? 0 : b.image().length);
    }

    /** Trimmed; a value of only spaces stays as it is so the rules name it. */
    private static String strip(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? value : stripped;
    }
}
