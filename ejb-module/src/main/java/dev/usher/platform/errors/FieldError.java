package dev.usher.platform.errors;

/**
 * One invalid input field: its JSON name (dotted or indexed for nested values,
 * e.g. {@code guests[3].phone}) and what is wrong with it.
 */
public record FieldError(String field, String message) {
}
