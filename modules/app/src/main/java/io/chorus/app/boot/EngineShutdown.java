package io.chorus.app.boot;

import io.chorus.workflow.engine.ProcessEngineBootstrap;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Stops the engine when the web application goes away. On undeploy Payara Server removes the
 * application's DataSource before the startup bean's {@code @PreDestroy} runs, so closing the
 * engine there fails (ENGINE-16004) and a job acquisition may hit a dead pool; the web context is
 * destroyed first, while the DataSource still works.
 */
@WebListener
public class EngineShutdown implements ServletContextListener {

  @Inject ProcessEngineBootstrap engine;

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    engine.stop();
  }
}
