/** The admin screens (PrimeFaces): dashboard, participants, CSV import and export, municipalities. */
package nl.burgernet.interfaces.admin;
