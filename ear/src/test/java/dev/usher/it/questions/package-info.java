/** ITs of the questions an event asks: definitions, answers checked on the server, export and statistics. */
package dev.usher.it.questions;
