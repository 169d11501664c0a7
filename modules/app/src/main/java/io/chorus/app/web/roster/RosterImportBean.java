package io.chorus.app.web.roster;

import io.chorus.app.web.Messages;
import io.chorus.app.web.WebUser;
import io.chorus.roster.ImportJob;
import io.chorus.roster.RosterImport;
import io.chorus.roster.RosterNotFoundException;
import io.chorus.roster.RosterValidationException;
import io.chorus.roster.RowError;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The CSV import page: the uploaded file goes to the roster's background import, the progress bar
 * polls the job, and when it is done the page shows the counts and the bad rows, with a link to
 * download them as CSV (the REST API's errors.csv of the job).
 */
@Named
@ViewScoped
public class RosterImportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows of the bad-row table on the page; the download has them all. */
  static final int ERRORS_SHOWN = 50;

  @Inject RosterImport imports;
  @Inject WebUser user;

  private String jobId;
  private ImportJob job;
  private List<RowError> errors = List.of();

  /** On page load with {@code ?job=}: show that import (the page polls it while it runs). */
  public void load() {
    if (jobId == null || job != null) {
      return;
    }
    try {
      refresh();
    } catch (RosterNotFoundException e) {
      jobId = null;
      Messages.error("There is no import with that id.", "Upload the file again.");
    }
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try {
      job = imports.start(file.getFileName(), file.getContent(), user.getName());
    } catch (RosterValidationException e) {
      job = null;
      jobId = null;
      errors = List.of();
      for (RosterValidationException.Problem problem : e.problems()) {
        Messages.error(
            file.getFileName() + ": " + problem.message(),
            "Nothing was imported. Fix the file and upload it again.");
      }
      return;
    }
    jobId = job.id();
    errors = List.of();
    PrimeFaces.current()
        .executeScript("PF('importProgress').cancel(); PF('importProgress').start();");
  }

  /** The progress bar's value: 100 only once the job has finished, so polling ends then. */
  public int getPercent() {
    if (jobId == null) {
      return 0;
    }
    refresh();
    return job.finished() ? 100 : Math.min(99, job.percent());
  }

  /** The progress bar reached 100: read the final counts and the bad rows. */
  public void finished() {
    if (jobId != null) {
      refresh();
      errors = imports.errors(jobId);
    }
  }

  private void refresh() {
    job = imports.job(jobId);
    if (job.finished() && errors.isEmpty() && job.failed() > 0) {
      errors = imports.errors(jobId);
    }
  }

  public ImportJob getJob() {
    return job;
  }

  public boolean isRunning() {
    return job != null && !job.finished();
  }

  public boolean isFinished() {
    return job != null && job.finished();
  }

  public String getStatusText() {
    if (job == null) {
      return "No import yet.";
    }
    return switch (job.status()) {
      case QUEUED -> "Waiting to start";
      case RUNNING -> "Importing";
      case DONE -> "Done";
      case FAILED -> "Failed";
    };
  }

  public List<RowError> getErrors() {
    return errors.size() > ERRORS_SHOWN ? errors.subList(0, ERRORS_SHOWN) : errors;
  }

  public boolean isMoreErrors() {
    return errors.size() > ERRORS_SHOWN;
  }

  /** The bad rows as CSV, relative to the context root. */
  public String getErrorsPath() {
    return jobId == null ? null : "/api/creators/imports/" + jobId + "/errors.csv";
  }

  public String getJobId() {
    return jobId;
  }

  public void setJobId(String jobId) {
    this.jobId = jobId == null || jobId.isBlank() ? null : jobId.strip();
  }
}
