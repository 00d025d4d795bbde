/** Integration tests of the events area: events, their members, and the role matrix of the foundation's endpoints. */
package dev.usher.it.events;
