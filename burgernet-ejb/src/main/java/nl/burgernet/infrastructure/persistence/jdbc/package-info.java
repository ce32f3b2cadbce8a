/**
 * Tables written with plain JDBC where JPA's unit of work costs too much: thousands of rows at once, in the caller's
 * transaction. Every statement names the municipality explicitly, since EclipseLink's tenant filter does not see it.
 */
package nl.burgernet.infrastructure.persistence.jdbc;
