package io.chorus.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.behavior.ParallelMultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.jobexecutor.MessageJobDeclaration;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Lets the asynchronous <em>starts</em> of a parallel multi-instance call activity run side by
 * side, when the BPMN asks for it with the extension property {@value #PROPERTY}{@code
 * =non-exclusive}.
 *
 * <p>Camunda runs the exclusive jobs of one process instance one at a time, and every job of a
 * multi-instance activity belongs to the parent's instance: a campaign's 1,000 engagement starts
 * used one core. BPMN can make the inner jobs non-exclusive only through {@code camunda:exclusive}
 * on {@code multiInstanceLoopCharacteristics}, which governs the inner activity's asynchronous end
 * as well; ends in parallel would collide on the multi-instance counters of the parent's execution.
 * A start touches only its own inner execution and the called instance it creates, so only the
 * start's job declaration is changed here; the end stays exclusive.
 */
public class ParallelInnerStarts extends AbstractBpmnParseListener {

  /** The extension property ({@code camunda:properties}) that asks for parallel inner starts. */
  public static final String PROPERTY = "chorus.inner-start";

  static final String NON_EXCLUSIVE = "non-exclusive";

  /** The property under which Camunda's parser keeps an activity's message job declarations. */
  private static final String MESSAGE_JOB_DECLARATIONS =
      BpmnParse.PROPERTYNAME_MESSAGE_JOB_DECLARATION;

  @Override
  public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (!NON_EXCLUSIVE.equals(property(element))) {
      return;
    }
    if (!(activity.getFlowScope() instanceof ActivityImpl body
        && body.getActivityBehavior() instanceof ParallelMultiInstanceActivityBehavior)) {
      throw new BpmnParseException(
          "Activity " + activity.getId() + ": " + PROPERTY + " needs a parallel multi-instance",
          element);
    }
    MessageJobDeclaration start = asyncStart(activity);
    if (start == null) {
      throw new BpmnParseException(
          "Activity "
              + activity.getId()
              + ": "
              + PROPERTY
              + " needs camunda:asyncBefore=\"true\" on its multiInstanceLoopCharacteristics",
          element);
    }
    start.setExclusive(false);
  }

  @SuppressWarnings("unchecked")
  private static MessageJobDeclaration asyncStart(ActivityImpl activity) {
    Object declarations = activity.getProperty(MESSAGE_JOB_DECLARATIONS);
    if (!(declarations instanceof List<?> list)) {
      return null;
    }
    for (MessageJobDeclaration declaration : (List<MessageJobDeclaration>) list) {
      if (MessageJobDeclaration.ASYNC_BEFORE.equals(declaration.getJobConfiguration())) {
        return declaration;
      }
    }
    return null;
  }

  private static String property(Element element) {
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return null;
    }
    Element properties = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return null;
    }
    for (Element property :
        properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (PROPERTY.equals(property.attribute("name"))) {
        return property.attribute("value");
      }
    }
    return null;
  }
}
