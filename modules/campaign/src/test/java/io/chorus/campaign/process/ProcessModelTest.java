package io.chorus.campaign.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the engine does not check but the rest of Chorus relies on: every element is drawn (the UI
 * renders these files with bpmn-js), user tasks carry a role, a due date and a follow-up date, the
 * ids and names in the contract classes exist in the models, and every delegate bean the models
 * call is in the contract.
 */
class ProcessModelTest {

  static Stream<Arguments> processes() {
    return Stream.of(
        Arguments.of(CampaignProcess.RESOURCE, CampaignProcess.KEY, CampaignProcess.class),
        Arguments.of(EngagementProcess.RESOURCE, EngagementProcess.KEY, EngagementProcess.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("processes")
  void isExecutableVersionedAndExpiresFromHistory(String resource, String key, Class<?> names) {
    Process process = read(resource).getModelElementById(key);

    assertThat(process).isNotNull();
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaVersionTag()).isNotBlank();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("processes")
  void everyElementHasADiagramShapeAndNoTwoShapesOverlap(
      String resource, String key, Class<?> names) {
    BpmnModelInstance model = read(resource);
    Map<String, Bounds> shapes = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
    }
    Set<String> edges = new HashSet<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      assertThat(edge.getWaypoints()).as(edge.getId()).hasSizeGreaterThanOrEqualTo(2);
      edges.add(edge.getBpmnElement().getId());
    }

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as("shape of %s", node.getId()).containsKey(node.getId());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("edge of %s", flow.getId()).contains(flow.getId());
    }
    List<FlowNode> placed = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!(node instanceof SubProcess) && !(node instanceof BoundaryEvent)) {
        placed.add(node);
      }
    }
    for (int i = 0; i < placed.size(); i++) {
      for (int j = i + 1; j < placed.size(); j++) {
        assertThat(overlap(shapes.get(placed.get(i).getId()), shapes.get(placed.get(j).getId())))
            .as("%s overlaps %s", placed.get(i).getId(), placed.get(j).getId())
            .isFalse();
      }
    }
    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      assertThat(overlap(shapes.get(event.getId()), shapes.get(event.getAttachedTo().getId())))
          .as("%s sits on the border of %s", event.getId(), event.getAttachedTo().getId())
          .isTrue();
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("processes")
  void everyUserTaskHasARoleADueDateAndAFollowUpDate(String resource, String key, Class<?> names) {
    Collection<UserTask> tasks = read(resource).getModelElementsByType(UserTask.class);

    assertThat(tasks).isNotEmpty();
    for (UserTask task : tasks) {
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isIn("OPERATIONS", "MANAGER");
      assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaFollowUpDate()).as(task.getId()).isNotBlank();
      assertThat(task.getName()).as(task.getId()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("processes")
  void everyBranchOfADecisionHasACondition(String resource, String key, Class<?> names) {
    for (ExclusiveGateway gateway : read(resource).getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() > 1) {
        for (SequenceFlow flow : gateway.getOutgoing()) {
          assertThat(flow.getConditionExpression())
              .as("condition on %s out of %s", flow.getId(), gateway.getId())
              .isNotNull();
        }
      }
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("processes")
  void runsNoScriptsAndNamesDelegatesOnlyByBean(String resource, String key, Class<?> names) {
    BpmnModelInstance model = read(resource);

    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaClass()).as(task.getId()).isNull();
      assertThat(task.getCamundaExpression()).as(task.getId()).isNull();
      assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{\\w+}");
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("processes")
  void idsAndMessageNamesOfTheContractClassExistInTheModel(
      String resource, String key, Class<?> names) {
    BpmnModelInstance model = read(resource);
    Set<String> messages = new HashSet<>();
    for (Message message : model.getModelElementsByType(Message.class)) {
      messages.add(message.getName());
    }

    for (String id : constants(nested(names, "Task"))) {
      assertThat(model.<BaseElement>getModelElementById(id))
          .as("user task %s", id)
          .isInstanceOf(UserTask.class);
    }
    for (String id : constants(nested(names, "Element"))) {
      assertThat(model.<BaseElement>getModelElementById(id))
          .as("element %s", id)
          .isInstanceOf(FlowNode.class);
    }
    assertThat(messages).containsExactlyInAnyOrderElementsOf(constants(nested(names, "Message")));
  }

  @Test
  void everyDelegateBeanInTheModelsIsInTheContractAndEveryContractBeanIsUsed() {
    Set<String> used = new HashSet<>();
    Set<String> queried = new HashSet<>();
    Pattern beanCall = Pattern.compile("\\$\\{(\\w+)\\.\\w+\\(");
    for (String resource : List.of(CampaignProcess.RESOURCE, EngagementProcess.RESOURCE)) {
      BpmnModelInstance model = read(resource);
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String expression = task.getCamundaDelegateExpression();
        used.add(expression.substring(2, expression.length() - 1));
      }
      for (MultiInstanceLoopCharacteristics loop :
          model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
        Matcher matcher = beanCall.matcher(loop.getCamundaCollection());
        assertThat(matcher.find()).as(loop.getCamundaCollection()).isTrue();
        queried.add(matcher.group(1));
      }
    }
    Set<String> contract = new HashSet<>(constants(CampaignProcess.Bean.class));
    contract.addAll(constants(EngagementProcess.Bean.class));

    assertThat(used).containsExactlyInAnyOrderElementsOf(contract);
    assertThat(queried)
        .containsExactlyInAnyOrder(ShortlistedEngagements.BEAN, ContractDeliverables.BEAN);
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth()
        && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight()
        && b.getY() < a.getY() + a.getHeight();
  }

  private static BpmnModelInstance read(String resource) {
    try (InputStream in = ProcessModelTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> nested(Class<?> outer, String simpleName) {
    for (Class<?> inner : outer.getDeclaredClasses()) {
      if (inner.getSimpleName().equals(simpleName)) {
        return inner;
      }
    }
    throw new IllegalArgumentException(outer + " has no nested " + simpleName);
  }

  private static List<String> constants(Class<?> holder) {
    List<String> values = new ArrayList<>();
    for (Field field : holder.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return values;
  }
}
