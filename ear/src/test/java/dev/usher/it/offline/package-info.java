/** The offline station: signed codes, the station's kit, uploads and conflicts (API and Chromium). */
package dev.usher.it.offline;
