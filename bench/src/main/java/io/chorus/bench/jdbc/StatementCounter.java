package io.chorus.bench.jdbc;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The JVM-wide count of statements sent through {@link CountingDriver}, also published as the MBean
 * {@value #OBJECT_NAME} so the bench can read it from the server's JVM.
 */
public final class StatementCounter implements StatementCounterMBean {

  public static final String OBJECT_NAME = "io.chorus.bench:type=StatementCounter";

  private static final AtomicLong STATEMENTS = new AtomicLong();
  private static final AtomicLong CONNECTIONS = new AtomicLong();

  static {
    try {
      ManagementFactory.getPlatformMBeanServer()
          .registerMBean(new StatementCounter(), new ObjectName(OBJECT_NAME));
    } catch (JMException alreadyThere) {
      // a second class loader with these classes: the first registration serves
    }
  }

  private StatementCounter() {}

  static void statement() {
    STATEMENTS.incrementAndGet();
  }

  static void connection() {
    CONNECTIONS.incrementAndGet();
  }

  /** Statements so far (each executed statement and each batched one counts once). */
  public static long count() {
    return STATEMENTS.get();
  }

  @Override
  public long getStatements() {
    return STATEMENTS.get();
  }

  @Override
  public long getConnections() {
    return CONNECTIONS.get();
  }
}
