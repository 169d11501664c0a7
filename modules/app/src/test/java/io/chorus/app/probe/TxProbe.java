package io.chorus.app.probe;

import io.chorus.app.security.Roles;
import io.chorus.app.security.UserAccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;

/** A domain write and a process step in one JTA transaction, as a request handler would do. */
@ApplicationScoped
public class TxProbe {

  @Inject UserAccountService users;
  @Inject RuntimeService runtimeService;

  @Transactional
  public String writeAndStart(String username, boolean failStep) {
    users.create(username, "probe-password", username, null, Set.of(Roles.OPERATIONS));
    return runtimeService
        .startProcessInstanceByKey("txProbe", username, Map.of("fail", failStep))
        .getId();
  }
}
