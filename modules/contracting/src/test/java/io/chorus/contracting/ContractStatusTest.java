package io.chorus.contracting;

import static io.chorus.contracting.ContractStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractStatusTest {

  @Test
  void theHappyPathIsAllowed() {
    assertThat(DRAFT.canMoveTo(PENDING_APPROVAL)).isTrue();
    assertThat(PENDING_APPROVAL.canMoveTo(APPROVED)).isTrue();
    assertThat(APPROVED.canMoveTo(SENT_FOR_SIGNATURE)).isTrue();
    assertThat(SENT_FOR_SIGNATURE.canMoveTo(SIGNED)).isTrue();
  }

  @Test
  void aDraftThatNeedsNoManagerIsApprovedDirectly() {
    assertThat(DRAFT.canMoveTo(APPROVED)).isTrue();
  }

  @Test
  void skippingApprovalOrSignatureIsNot() {
    assertThat(DRAFT.canMoveTo(SENT_FOR_SIGNATURE)).isFalse();
    assertThat(DRAFT.canMoveTo(SIGNED)).isFalse();
    assertThat(APPROVED.canMoveTo(SIGNED)).isFalse();
    assertThat(DRAFT.canMoveTo(REJECTED)).isFalse();
  }

  @Test
  void onlyAContractOutForSignatureExpires() {
    for (ContractStatus s : values()) {
      assertThat(s.canMoveTo(EXPIRED)).as(s.name()).isEqualTo(s == SENT_FOR_SIGNATURE);
    }
  }

  @Test
  void expiredAndCancelledAreFinal() {
    assertThat(EXPIRED.successors()).isEmpty();
    assertThat(CANCELLED.successors()).isEmpty();
  }

  @Test
  void everyOpenStatusCanBeCancelled() {
    for (ContractStatus s : values()) {
      assertThat(s.canMoveTo(CANCELLED)).as(s.name()).isEqualTo(s != EXPIRED && s != CANCELLED);
    }
  }

  @Test
  void aRejectedContractCanBeRevised() {
    assertThat(REJECTED.canMoveTo(DRAFT)).isTrue();
    assertThat(REJECTED.editable()).isTrue();
    assertThat(SIGNED.editable()).isFalse();
    assertThat(PENDING_APPROVAL.editable()).isFalse();
  }
}
