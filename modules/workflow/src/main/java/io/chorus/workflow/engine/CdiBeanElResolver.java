package io.chorus.workflow.engine;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Resolves {@code ${name}} in BPMN expressions to the CDI bean with that {@code @Named} name, so
 * delegates are ordinary CDI beans ({@code camunda:delegateExpression="${recordOutcome}"}).
 *
 * <p>Only top-level names are resolved here; properties and methods of the bean are left to the
 * engine's bean resolver. Delegates should be normal-scoped ({@code @ApplicationScoped}), so the
 * reference is a client proxy and no dependent instance leaks.
 */
class CdiBeanElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    BeanManager beanManager = CDI.current().getBeanManager();
    Set<Bean<?>> beans = beanManager.getBeans(name);
    if (beans.isEmpty()) {
      return null;
    }
    Bean<?> bean = beanManager.resolve(beans);
    CreationalContext<?> creationalContext = beanManager.createCreationalContext(bean);
    Object reference = beanManager.getReference(bean, Object.class, creationalContext);
    context.setPropertyResolved(true);
    return reference;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Beans are read-only from a process.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public java.util.Iterator<java.beans.FeatureDescriptor> getFeatureDescriptors(
      ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? Object.class : null;
  }
}
