/** The questions an event asks its guests (meal choice, dietary needs, yes/no, short text), and the rules for their answers. */
package dev.usher.questions;
