/** Tests that keep the container image build file and the Helm chart true to the build and the server. */
package dev.usher.deploy;
