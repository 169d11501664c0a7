package io.chorus.app.security;

import java.util.List;

/** The three roles. They are also the Camunda groups that BPMN candidate groups name. */
public final class Roles {

  public static final String OPERATIONS = "OPERATIONS";
  public static final String MANAGER = "MANAGER";
  public static final String ADMIN = "ADMIN";

  public static final List<String> ALL = List.of(OPERATIONS, MANAGER, ADMIN);

  private Roles() {}
}
