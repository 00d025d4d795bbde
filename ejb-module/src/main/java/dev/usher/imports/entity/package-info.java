/** Uploaded files as stored, so any server can run or restart their import. */
package dev.usher.imports.entity;
