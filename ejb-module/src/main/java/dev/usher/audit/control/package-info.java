/** Writing entries (for other areas' boundaries, in their transaction), the changes' JSON, the filtered reads and the CSV. */
package dev.usher.audit.control;
