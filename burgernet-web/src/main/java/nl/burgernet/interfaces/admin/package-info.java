/**
 * The admin screens (PrimeFaces): dashboard, participants, CSV import and export, municipalities, and each
 * municipality's delivery channels.
 */
package nl.burgernet.interfaces.admin;
