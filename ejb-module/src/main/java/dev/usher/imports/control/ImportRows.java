package dev.usher.imports.control;

import dev.usher.guests.boundary.GuestInput;
import dev.usher.guests.control.GuestRules;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.platform.errors.FieldError;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.usher.platform.validation.NulCharacter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a file row into a guest the same way a single add does: the text of each column
 * becomes a {@link GuestInput}, which {@link GuestRules} checks and normalizes. Errors are
 * reported under the file's own column headers.
 */
@Dependent
public class ImportRows {

    private static final Map<String, GuestStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("invited", GuestStatus.invited), Map.entry("pending", GuestStatus.invited),
            Map.entry("maybe", GuestStatus.invited), Map.entry("confirmed", GuestStatus.confirmed),
            Map.entry("yes", GuestStatus.confirmed), Map.entry("attending", GuestStatus.confirmed),
            Map.entry("accepted", GuestStatus.confirmed), Map.entry("coming", GuestStatus.confirmed),
            Map.entry("declined", GuestStatus.declined), Map.entry("no", GuestStatus.declined),
            Map.entry("not coming", GuestStatus.declined), Map.entry("regrets", GuestStatus.declined));

    private final GuestRules rules;

    @Inject
    public ImportRows(GuestRules rules) {
        this.rules = rules;
    }

    public CheckedRow check(FileRow row, ColumnMapping mapping, String phoneRegion) throws RowRejectedException {
        List<FieldError> errors = new ArrayList<>();
        row.values().forEach((field, value) -> {
            if (NulCharacter.in(value)) {
                errors.add(new FieldError(mapping.header(field), NulCharacter.MESSAGE));
            }
        });
        if (!errors.isEmpty()) {
            throw new RowRejectedException(row.number(), errors);
        }
        String first = row.value(GuestField.firstName);
        String last = row.value(GuestField.lastName);
        if (first == null && row.value(GuestField.fullName) != null) {
            String full = row.value(GuestField.fullName).strip();
            int space = full.lastIndexOf(' ');
            first = space > 0 ? full.substring(0, space).strip() : full;
            last = last != null ? last : space > 0 ? full.substring(space + 1) : null;
        }
        GuestStatus status = null;
        String statusText = row.value(GuestField.status);
        if (statusText != null) {
            status = STATUS_WORDS.get(statusText.strip().toLowerCase(Locale.ROOT));
            if (status == null) {
                errors.add(new FieldError(mapping.header(GuestField.status),
                        "'" + statusText + "' is not a status; use invited, confirmed or declined"));
            }
        }
        Integer partySize = null;
        String sizeText = row.value(GuestField.partySize);
        if (sizeText != null) {
            try {
                partySize = new BigDecimal(sizeText.strip()).stripTrailingZeros().intValueExact();
            } catch (NumberFormatException e) {
                errors.add(new FieldError(mapping.header(GuestField.partySize), "'" + sizeText + "' is not a number"));
            } catch (ArithmeticException e) { // 1.5, or past an int: never truncated or wrapped
                errors.add(new FieldError(mapping.header(GuestField.partySize), "'" + sizeText
                        + "' is not a whole number from 1 to 100"));
            }
        }
        String phone = row.value(GuestField.phone);
        if (phone != null && phone.contains(":::")) {
            phone = phone.substring(0, phone.indexOf(":::")); // Google Contacts lists several numbers so
        }
        GuestInput input = new GuestInput(first, last, phone, row.value(GuestField.email), row.value(GuestField.side),
                status, partySize, row.value(GuestField.notes));
        GuestRules.Outcome outcome = rules.check(input, phoneRegion);
        if (outcome instanceof GuestRules.Rejected rejected) {
            rejected.errors().forEach(e -> errors.add(new FieldError(header(mapping, e.field()), e.message())));
        }
        if (!errors.isEmpty()) {
            throw new RowRejectedException(row.number(), errors);
        }
        Set<GuestField> provided = row.values().isEmpty() ? EnumSet.noneOf(GuestField.class)
                : EnumSet.copyOf(row.values().keySet());
        return new CheckedRow(row.number(), ((GuestRules.Accepted) outcome).data(), provided);
    }

    private static String header(ColumnMapping mapping, String inputField) {
        return GuestField.byName(inputField)
                .map(field -> field == GuestField.firstName && !mapping.has(GuestField.firstName)
                        ? mapping.header(GuestField.fullName) : mapping.header(field))
                .orElse(inputField);
    }
}
