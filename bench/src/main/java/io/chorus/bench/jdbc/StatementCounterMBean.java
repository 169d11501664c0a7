package io.chorus.bench.jdbc;

/** What {@link StatementCounter} shows over JMX. */
public interface StatementCounterMBean {

  long getStatements();

  long getConnections();

  String getShapes();
}
