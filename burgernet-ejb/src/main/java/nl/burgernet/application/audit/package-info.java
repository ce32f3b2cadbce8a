/** Recording and reading the audit trail. */
package nl.burgernet.application.audit;
