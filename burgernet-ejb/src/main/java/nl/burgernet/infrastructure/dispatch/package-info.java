/**
 * The machinery of dispatch: delivery records written and read with plain JDBC (tens of thousands of rows per alert,
 * where JPA's per-entity work would dominate), the JMS queues that carry batch ids, and the message-driven beans
 * that consume them.
 */
package nl.burgernet.infrastructure.dispatch;
