package io.chorus.app.api.engagements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies shared by the staff and the submission-link endpoints. */
public final class Submissions {

  private Submissions() {}

  /** A content draft: the caption and links to the media. */
  public static class Draft {
    @NotNull(message = "Give the caption (empty for a video without one).")
    @Size(max = 10000, message = "At most 10,000 characters.")
    public String caption;

    @Size(max = 10, message = "At most 10 media links.")
    public List<String> mediaLinks;
  }

  /** The live post's URL. */
  public static class LivePost {
    @NotBlank(message = "Give the live post's URL.")
    @Size(max = 2000, message = "At most 2,000 characters.")
    public String url;
  }
}
