package io.chorus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

/** Which failures {@link ErrorMappers} answers with 409 instead of 500. */
class LockConflictTest {

  @Test
  void databaseLockConflictsAreConflicts() {
    assertThat(ErrorMappers.isLockConflict(wrapped(new SQLTimeoutException("lock", "HYT00"))))
        .isTrue();
    assertThat(ErrorMappers.isLockConflict(wrapped(new SQLException("serialize", "40001"))))
        .isTrue();
    assertThat(ErrorMappers.isLockConflict(wrapped(new SQLException("deadlock", "40P01"))))
        .isTrue();
    BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0]);
    batch.setNextException(new SQLException("Timeout", "HYT00"));
    assertThat(ErrorMappers.isLockConflict(wrapped(batch))).isTrue();
    assertThat(
            ErrorMappers.isLockConflict(
                new IllegalStateException(
                    "ENGINE-03083 Exception while executing Batch Database Operations with"
                        + " message 'Timeout trying to lock table \"ACT_RU_TASK\"'")))
        .isTrue();
  }

  @Test
  void otherFailuresStayServerErrors() {
    assertThat(ErrorMappers.isLockConflict(wrapped(new SQLException("no such table", "42S02"))))
        .isFalse();
    assertThat(ErrorMappers.isLockConflict(new NullPointerException())).isFalse();
    assertThat(ErrorMappers.isLockConflict(new IllegalStateException("boom"))).isFalse();
  }

  private static RuntimeException wrapped(Exception cause) {
    return new IllegalStateException("outer", new RuntimeException("middle", cause));
  }
}
