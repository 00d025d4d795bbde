/** Resources for events and their members. */
package dev.usher.api.events;
