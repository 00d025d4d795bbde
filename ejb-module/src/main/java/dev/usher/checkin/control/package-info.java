/** Reading a scanned code and deciding who may scan at which door. */
package dev.usher.checkin.control;
