/** Replies, their photos and quarantined mail in the database (plain JDBC: large objects, few rows per read). */
package nl.burgernet.infrastructure.reply;
