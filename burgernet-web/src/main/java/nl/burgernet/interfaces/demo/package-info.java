/**
 * Pages that exist only in the demo configuration ({@code burgernet.demo=true}): a window onto the embedded mail
 * server, so a person trying the portal can read what residents receive without installing a mail client.
 */
package nl.burgernet.interfaces.demo;
