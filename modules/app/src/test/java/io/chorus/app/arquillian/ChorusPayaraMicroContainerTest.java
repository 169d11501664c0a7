package io.chorus.app.arquillian;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.junit.jupiter.api.Test;

class ChorusPayaraMicroContainerTest {

  @Test
  void outputReadBeforeTheDeployedListIsNotTakenForADeployment() {
    // What the container returns when its snapshot of Payara Micro's output ends at "Https Port(s)"
    ProtocolMetaData early = new ProtocolMetaData().addContext(new HTTPContext("127.0.0.1", 8080));

    assertThat(ChorusPayaraMicroContainer.namesAServlet(early)).isFalse();
    assertThat(ChorusPayaraMicroContainer.namesAServlet(null)).isFalse();
  }

  @Test
  void outputWithTheApplicationsServletsIsADeployment() {
    HTTPContext context = new HTTPContext("127.0.0.1", 8080);
    context.add(new Servlet("ArquillianServletRunnerEE9", "/chorus"));

    assertThat(ChorusPayaraMicroContainer.namesAServlet(new ProtocolMetaData().addContext(context)))
        .isTrue();
  }
}
