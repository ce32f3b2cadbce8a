/** Faces views of the public pages; each view is named after its screen. */
package nl.burgernet.interfaces.web;
