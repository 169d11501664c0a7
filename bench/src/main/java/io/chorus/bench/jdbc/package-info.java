/**
 * A JDBC driver that counts the statements sent to the database, in the spirit of Camunda's
 * sql-statementlog: {@code jdbc:counting:<real URL>} wraps the real driver, and the count is read
 * in-process or, from the server, over JMX. It has no dependencies, so the same classes go into the
 * bench and, as a small jar of their own, onto Payara Micro's class path.
 */
package io.chorus.bench.jdbc;
