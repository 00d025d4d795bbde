/** Cross-cutting pieces every business area uses: errors, database start-up, configuration. */
package dev.usher.platform;
