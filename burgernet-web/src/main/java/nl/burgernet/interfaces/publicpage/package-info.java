/** The pages anyone may open without a link of their own: an alert's public page behind its short link. */
package nl.burgernet.interfaces.publicpage;
