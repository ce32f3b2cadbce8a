/** Versioned schema migrations (Flyway), run once at deployment before anything touches the database. */
package nl.burgernet.infrastructure.persistence.migration;
