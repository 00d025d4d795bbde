package dev.usher.deliveries.entity;

/** How a message travels. Spelled as stored and shown. */
public enum Channel {
    whatsapp, email
}
