/** Scan attempts as stored, with their outcomes. */
package dev.usher.checkin.entity;
