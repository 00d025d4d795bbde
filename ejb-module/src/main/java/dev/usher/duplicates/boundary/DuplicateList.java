package dev.usher.duplicates.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The best groups, highest score first, and how many groups there are in all. */
@Schema(name = "DuplicateList")
public record DuplicateList(List<DuplicateGroup> groups, long total) {
}
