/** Input checks shared by every boundary: Bean Validation turned into field errors, JSON merge patches. */
package dev.usher.platform.validation;
