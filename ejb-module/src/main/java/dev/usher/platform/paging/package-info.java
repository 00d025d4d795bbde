/** Paging and sorting of long lists: skip/limit with a total count, and a whitelisted sort order. */
package dev.usher.platform.paging;
