package io.chorus.app.demo;

import io.chorus.app.security.Roles;
import io.chorus.app.security.UserAccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds demo data when {@code chorus.demo.enabled} is true (the run command sets it). Each part is
 * seeded only if its data is absent, so a restart in demo mode adds nothing twice.
 */
@ApplicationScoped
public class DemoDataSeeder {

  /** Password of every demo user; printed in the README, so never use demo mode in production. */
  public static final String DEMO_PASSWORD = "chorus-demo";

  private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

  @Inject
  @ConfigProperty(name = "chorus.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject UserAccountService users;
  @Inject RosterDemoData rosterDemoData;
  @Inject CampaignDemoData campaignDemoData;

  public void seedIfEnabled() {
    if (!enabled) {
      return;
    }
    seedUsers();
    rosterDemoData.seedIfEmpty();
    campaignDemoData.seedIfEmpty();
  }

  private void seedUsers() {
    if (users.count() > 0) {
      return;
    }
    users.create(
        "olivia", DEMO_PASSWORD, "Olivia Ops", "olivia@chorus.example", Set.of(Roles.OPERATIONS));
    users.create(
        "oscar", DEMO_PASSWORD, "Oscar Ops", "oscar@chorus.example", Set.of(Roles.OPERATIONS));
    users.create(
        "maya", DEMO_PASSWORD, "Maya Manager", "maya@chorus.example", Set.of(Roles.MANAGER));
    users.create("adam", DEMO_PASSWORD, "Adam Admin", "adam@chorus.example", Set.of(Roles.ADMIN));
    LOG.info("Demo users seeded: olivia, oscar (OPERATIONS), maya (MANAGER), adam (ADMIN)");
  }
}
