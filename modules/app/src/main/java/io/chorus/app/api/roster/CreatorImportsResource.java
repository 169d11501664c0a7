package io.chorus.app.api.roster;

import io.chorus.app.security.Roles;
import io.chorus.roster.ImportJob;
import io.chorus.roster.RosterImport;
import io.chorus.roster.RowError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CSV import of creators: post the file, get 202 and a job to poll for progress, then read the bad
 * rows as JSON or CSV. See the roster module's README for the file format.
 */
@Path("creators/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
@Tag(name = "Roster")
public class CreatorImportsResource {

  /** Upload cap: about 300,000 rows of typical width. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  @Inject RosterImport imports;
  @Inject SecurityContext securityContext;

  /** An import's progress, the percentage, and the bad rows' path relative to {@code /api/}. */
  public record ImportProgress(
      String id,
      ImportJob.Status status,
      boolean finished,
      int percent,
      String fileName,
      long totalRows,
      long processedRows,
      long created,
      long updated,
      long unchanged,
      long failed,
      String startedBy,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt,
      String message,
      String errors) {
    static ImportProgress of(ImportJob job) {
      return new ImportProgress(
          job.id(),
          job.status(),
          job.finished(),
          job.percent(),
          job.fileName(),
          job.totalRows(),
          job.processedRows(),
          job.created(),
          job.updated(),
          job.unchanged(),
          job.failed(),
          job.startedBy(),
          job.startedAt(),
          job.finishedAt(),
          job.message(),
          "creators/imports/" + job.id() + "/errors");
    }
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Import creators from CSV",
      description =
          "Idempotent by (platform, handle). The header and CSV syntax are checked at once (422"
              + " if wrong); rows are imported in the background. Poll the returned job.")
  public Response start(@QueryParam("fileName") String fileName, byte[] csv) {
    if (csv != null && csv.length > MAX_BYTES) {
      return RosterErrorMappers.answer(
          io.chorus.app.api.ApiError.of(
              413, "Payload Too Large", "Split the file: at most " + MAX_BYTES + " bytes."));
    }
    ImportJob job =
        imports.start(
            fileName == null || fileName.isBlank() ? "upload.csv" : fileName,
            csv,
            securityContext.getCallerPrincipal().getName());
    return Response.accepted(ImportProgress.of(job))
        .location(URI.create("creators/imports/" + job.id()))
        .build();
  }

  @GET
  @Path("{jobId}")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
  @Operation(summary = "An import's progress")
  public ImportProgress progress(@PathParam("jobId") String jobId) {
    return ImportProgress.of(imports.job(jobId));
  }

  @GET
  @Path("{jobId}/errors")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
  @Operation(summary = "The bad rows of an import: row, column and message")
  public List<RowError> errors(@PathParam("jobId") String jobId) {
    return imports.errors(jobId);
  }

  @GET
  @Path("{jobId}/errors.csv")
  @Produces("text/csv")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
  @Operation(summary = "The bad rows of an import as a CSV file to fix and import again")
  public Response errorsCsv(@PathParam("jobId") String jobId) {
    List<RowError> errors = imports.errors(jobId);
    StreamingOutput body =
        out -> {
          var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          try (CSVPrinter printer =
              new CSVPrinter(
                  writer,
                  CSVFormat.DEFAULT.builder().setHeader("row", "column", "message").get())) {
            for (RowError error : errors) {
              printer.printRecord(error.row(), error.column(), error.message());
            }
          }
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"import-" + jobId + "-errors.csv\"")
        .build();
  }
}
