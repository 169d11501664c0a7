package io.chorus.bench;

import java.util.HashMap;
import java.util.Map;

/** Command-line options as {@code --name value} pairs and {@code --flag}s. */
public final class Options {

  private final Map<String, String> values = new HashMap<>();

  public static Options parse(String[] args, int from) {
    Options options = new Options();
    for (int i = from; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Options look like --name value; got " + arg);
      }
      String name = arg.substring(2);
      int eq = name.indexOf('=');
      if (eq > 0) {
        options.values.put(name.substring(0, eq), name.substring(eq + 1));
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        options.values.put(name, args[++i]);
      } else {
        options.values.put(name, "true");
      }
    }
    return options;
  }

  public boolean flag(String name) {
    return Boolean.parseBoolean(values.getOrDefault(name, "false"));
  }

  public String string(String name, String defaultValue) {
    return values.getOrDefault(name, defaultValue);
  }

  public int integer(String name, int defaultValue) {
    String value = values.get(name);
    try {
      return value == null ? defaultValue : Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " takes a whole number, not " + value);
    }
  }

  /** The default, or the smoke value when {@code --smoke} is set and the option is not given. */
  public int integer(String name, int defaultValue, int smokeValue) {
    return integer(name, flag("smoke") ? smokeValue : defaultValue);
  }
}
