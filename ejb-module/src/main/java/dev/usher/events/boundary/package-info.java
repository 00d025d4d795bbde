/** Entry points for events and their members, with the views they return. */
package dev.usher.events.boundary;
