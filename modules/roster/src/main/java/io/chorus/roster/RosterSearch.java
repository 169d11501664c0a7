package io.chorus.roster;

import java.io.IOException;
import java.io.Writer;

/** Finding creators: paged search, CSV export of a filtered list, and recommendations. */
public interface RosterSearch {

  /** One page of matches, read with SQL paging on indexed columns. */
  ResultPage<CreatorSummary> search(CreatorQuery query);

  /**
   * Writes every creator that matches (page and size are ignored) as CSV in the import format, one
   * row per account, so an export can be edited and imported again.
   *
   * @return the number of creators written
   */
  long exportCsv(CreatorQuery query, Writer out) throws IOException;

  /** Ranked suggestions for a brief, each with the reasons for its place. */
  RecommendationResult recommend(Brief brief);
}
