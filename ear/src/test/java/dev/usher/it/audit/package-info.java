/** Tests of the audit trail: entries from real changes, none from refused ones, filters, CSV, the role matrix. */
package dev.usher.it.audit;
