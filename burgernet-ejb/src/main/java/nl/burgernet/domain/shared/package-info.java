/**
 * Building blocks shared by several aggregates, such as the exception a value type throws when a resident's input
 * does not make a valid value.
 */
package nl.burgernet.domain.shared;
