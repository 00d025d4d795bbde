/** The Cloud API client, the recorded per-guest send with retries, webhook signatures and replies. */
package dev.usher.messaging.control;
