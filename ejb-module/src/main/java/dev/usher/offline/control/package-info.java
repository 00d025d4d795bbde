/** Door codes (Ed25519), the sealed per-event keys, the station's kit and the scans it uploads. */
package dev.usher.offline.control;
