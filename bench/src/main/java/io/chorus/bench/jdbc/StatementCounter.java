package io.chorus.bench.jdbc;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Map<String, LongAdder> SHAPES = new ConcurrentHashMap<>();
  private static final Pattern SHAPE =
      Pattern.compile(
          "^\\s*(?:(select)\\b.*?\\bfrom\\s+([\\w.]+)|(insert)\\s+into\\s+([\\w.]+)"
              + "|(update)\\s+([\\w.]+)|(delete)\\s+from\\s+([\\w.]+)|(\\w+))",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  static {
    try {
      ManagementFactory.getPlatformMBeanServer()
          .registerMBean(new StatementCounter(), new ObjectName(OBJECT_NAME));
    } catch (JMException alreadyThere) {
      // a second class loader with these classes: the first registration serves
    }
  }

  private StatementCounter() {}

  static void statement(String sql) {
    STATEMENTS.incrementAndGet();
    SHAPES.computeIfAbsent(shape(sql), k -> new LongAdder()).increment();
  }

  /** "INSERT ACT_HI_VARINST", "SELECT ACT_RU_TASK": the verb and the first table of a statement. */
  static String shape(String sql) {
    if (sql == null) {
      return "?";
    }
    Matcher m = SHAPE.matcher(sql);
    if (!m.find()) {
      return "?";
    }
    for (int g = 1; g <= m.groupCount(); g += 2) {
      if (m.group(g) != null) {
        String table = g + 1 <= m.groupCount() ? m.group(g + 1) : null;
        return (m.group(g) + (table == null ? "" : " " + table)).toUpperCase(Locale.ROOT);
      }
    }
    return "?";
  }

  /** Statements so far by shape, one "count shape" per line. */
  public static String shapes() {
    StringBuilder text = new StringBuilder();
    SHAPES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> text.append(e.getValue().sum()).append(' ').append(e.getKey()).append('\n'));
    return text.toString();
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
  public String getShapes() {
    return shapes();
  }

  @Override
  public long getConnections() {
    return CONNECTIONS.get();
  }
}
