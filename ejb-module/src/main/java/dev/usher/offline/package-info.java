/** The offline station: signed door codes, per-event signing keys, the station's kit and its uploaded scans. */
package dev.usher.offline;
