/** Municipalities and their settings, managed by the platform admin. */
package nl.burgernet.application.municipality;
