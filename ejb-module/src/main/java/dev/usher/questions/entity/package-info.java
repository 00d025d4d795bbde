/** Questions as stored. */
package dev.usher.questions.entity;
