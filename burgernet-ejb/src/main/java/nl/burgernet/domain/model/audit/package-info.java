/**
 * The audit trail: who did what, when, to which municipality's data. Every change, every transition of an alert and
 * every sight of a resident's contact details is recorded; entries are never changed or deleted.
 */
package nl.burgernet.domain.model.audit;
