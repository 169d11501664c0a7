package io.chorus.roster.internal;

/** What one chunk of an import did, row by row. */
record ImportCounts(long created, long updated, long unchanged, long failed) {

  static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

  long processed() {
    return created + updated + unchanged + failed;
  }

  ImportCounts plus(ImportCounts other) {
    return new ImportCounts(
        created + other.created,
        updated + other.updated,
        unchanged + other.unchanged,
        failed + other.failed);
  }
}
