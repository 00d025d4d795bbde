/** Events and memberships as stored. */
package dev.usher.events.entity;
