package dev.usher.batch.guestimport;

import java.io.Serializable;

/** Where a restarted import resumes: the spreadsheet number of the next row to read. */
public record ImportCheckpoint(int nextRow) implements Serializable {
}
