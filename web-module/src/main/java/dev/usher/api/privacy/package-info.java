/** HTTP for a person's data on request: a guest's erasure and a super-admin's export. */
package dev.usher.api.privacy;
