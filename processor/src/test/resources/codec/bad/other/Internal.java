package other;

/** Visible to its own package only, so a codec generated into package shop cannot name it. */
record Internal(String value) {}
