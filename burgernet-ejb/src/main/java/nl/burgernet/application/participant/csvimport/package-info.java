/**
 * Importing and exporting participants as CSV (spreadsheets of an existing Burgernet list, Dutch Excel's ';' files):
 * reading streams row by row into validated registrations and per-line errors, and writing the same columns back.
 * No container needed; the application service stores what comes out.
 */
package nl.burgernet.application.participant.csvimport;
