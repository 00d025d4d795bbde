/** What an offline station downloads and uploads, and the conflicts organizers are shown. */
package dev.usher.offline.boundary;
