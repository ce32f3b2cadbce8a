/**
 * Use cases, one service per aggregate: the transaction and security boundary that views, REST resources, timers and
 * MDBs call. Services take and return records, never entities.
 */
package nl.burgernet.application;
