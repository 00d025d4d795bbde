package dev.usher.checkin.entity;

/**
 * How an attempt reached the door: a code read by a camera, a hand scanner or typed in
 * ({@code scan}), or a guest the door staff found by name or phone and admitted by hand
 * ({@code manual}), or an admission an offline station made and uploaded later ({@code offline}).
 * Spelled as stored and shown.
 */
public enum ScanSource {
    scan, manual, offline
}
