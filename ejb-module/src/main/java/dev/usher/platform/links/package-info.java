/** The public address ({@code PUBLIC_BASE_URL}) every link Usher hands out starts with. */
package dev.usher.platform.links;
