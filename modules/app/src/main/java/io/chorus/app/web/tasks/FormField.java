package io.chorus.app.web.tasks;

import java.io.Serializable;
import java.util.Map;

/** One field of a task's form, read from the form class, with how to edit it. */
public class FormField implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How the field is edited and how its text becomes JSON. */
  public enum Kind {
    TEXT,
    TEXTAREA,
    NUMBER,
    BOOLEAN,
    CHOICE,
    DATE,
    DATETIME,
    JSON
  }

  private final String name;
  private final String label;
  private final Kind kind;
  private final Map<String, String> options;
  private final String hint;
  private final boolean whole;

  FormField(String name, String label, Kind kind, Map<String, String> options, String hint) {
    this(name, label, kind, options, hint, false);
  }

  FormField(
      String name,
      String label,
      Kind kind,
      Map<String, String> options,
      String hint,
      boolean whole) {
    this.name = name;
    this.label = label;
    this.kind = kind;
    this.options = options;
    this.hint = hint;
    this.whole = whole;
  }

  /** A number the form class holds as a whole number (int, long), where 12.5 cannot bind. */
  public boolean isWhole() {
    return whole;
  }

  public String getName() {
    return name;
  }

  public String getLabel() {
    return label;
  }

  public Kind getKind() {
    return kind;
  }

  public String getKindName() {
    return kind.name();
  }

  public Map<String, String> getOptions() {
    return options;
  }

  public String getHint() {
    return hint;
  }
}
