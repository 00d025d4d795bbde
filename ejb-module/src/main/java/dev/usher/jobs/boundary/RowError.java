package dev.usher.jobs.boundary;

/** One problem with one row of an input file: its spreadsheet row number, the column, the reason. */
public record RowError(int row, String column, String reason) {
}
