/** The digest modes. */
package dev.usher.notifications.entity;
