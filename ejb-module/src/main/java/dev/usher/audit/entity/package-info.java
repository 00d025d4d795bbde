/** Audit entries as stored. */
package dev.usher.audit.entity;
