/** Integration tests of several Usher servers on one database behind a load balancer. */
package dev.usher.it.cluster;
