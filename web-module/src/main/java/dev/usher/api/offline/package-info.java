/** The offline station: its kit, its uploads, and the conflicts organizers see. */
package dev.usher.api.offline;
