/** Resources for the questions an event asks its guests. */
package dev.usher.api.questions;
