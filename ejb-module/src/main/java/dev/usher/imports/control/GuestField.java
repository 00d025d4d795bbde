package dev.usher.imports.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The guest fields a file column can fill, each with the header names it is recognized by
 * (compared lower-case with spaces, dashes and dots removed). The Google Contacts export
 * headers ("Given Name", "E-mail 1 - Value", "Phone 1 - Value", ...) are among them.
 */
public enum GuestField {
    firstName("firstname", "first", "givenname", "given", "forename", "prenom"),
    lastName("lastname", "last", "familyname", "family", "surname", "nom"),
    fullName("fullname", "name", "displayname", "guest", "guestname", "contact", "contactname"),
    phone("phone", "mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "telephone", "tel",
            "phonenumber", "whatsapp", "phone1value", "phone1", "mobilephonenumber"),
    email("email", "emailaddress", "mail", "email1value", "email1", "emails"),
    side("side", "guestof", "sideof"),
    status("status", "rsvp", "response", "answer"),
    partySize("partysize", "party", "guests", "headcount", "seats", "numberofguests", "size", "count"),
    notes("notes", "note", "comments", "comment", "remarks");

    private final Set<String> headers;

    GuestField(String... headers) {
        this.headers = Set.of(headers);
    }

    /** The field a header names, if any. */
    public static Optional<GuestField> recognize(String header) {
        String key = normalize(header);
        return Arrays.stream(values()).filter(f -> f.headers.contains(key)).findFirst();
    }

    public static Optional<GuestField> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    static String normalize(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", "")
                .replace("é", "e");
    }
}
