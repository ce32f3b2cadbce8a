/** JPA implementations of the domain's repositories; the only place besides boundaries with an EntityManager. */
package nl.burgernet.infrastructure.persistence.jpa;
