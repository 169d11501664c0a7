package io.chorus.roster;

/**
 * What a creator is valued for: reach (influencer), what they know (KOL), or both, like a chef who
 * is also an authority on food.
 */
public enum CreatorKind {
  INFLUENCER,
  KOL,
  BOTH;

  public boolean isKol() {
    return this != INFLUENCER;
  }
}
