package dev.herald.readmetest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced blocks of a Markdown document that an HTML comment marks for this test, as in {@code
 * <!-- readme-test: domain src/main/java/Book.java -->} on the line before the block: what the
 * block is for, and for a file where it goes. The comment does not show when the document is
 * rendered, and the block is used as it is written.
 */
final class MarkedDocument {

  /** One marked block: its kind, the path it names ("" for none) and its text. */
  record Block(String kind, String path, String text, int line) {}

  private static final String MARK = "readme-test:";
  private static final Pattern MARKER =
      Pattern.compile("<!-- " + MARK + " ([a-z-]+)(?: (\\S+))? -->");
  private static final String FENCE = "```";

  private final Path document;
  private final List<Block> blocks;

  private MarkedDocument(Path document, List<Block> blocks) {
    this.document = document;
    this.blocks = List.copyOf(blocks);
  }

  /**
   * Reads the document's marked blocks.
   *
   * @throws IllegalStateException naming the line of a marker that is malformed or not followed by
   *     a fenced block, so that an edit of the document cannot make a block silently untested
   */
  static MarkedDocument read(Path document) throws IOException {
    List<String> lines = Files.readAllLines(document);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.contains(MARK)) {
        continue;
      }
      Matcher marker = MARKER.matcher(line);
      if (!marker.matches()) {
        throw malformed(document, i, "a marker reads <!-- " + MARK + " KIND [PATH] -->");
      }
      int open = i + 1;
      while (open < lines.size() && lines.get(open).isBlank()) {
        open++;
      }
      if (open == lines.size() || !lines.get(open).startsWith(FENCE)) {
        throw malformed(document, i, "the marker is not followed by a fenced block");
      }
      int close = open + 1;
      while (close < lines.size() && !lines.get(close).startsWith(FENCE)) {
        close++;
      }
      if (close == lines.size()) {
        throw malformed(document, open, "the fenced block is not closed");
      }
      String path = marker.group(2) == null ? "" : marker.group(2);
      String text = String.join("\n", lines.subList(open + 1, close)) + "\n";
      blocks.add(new Block(marker.group(1), path, text, open + 2));
      i = close;
    }
    return new MarkedDocument(document, blocks);
  }

  private static IllegalStateException malformed(Path document, int index, String problem) {
    return new IllegalStateException(document + ":" + (index + 1) + ": " + problem);
  }

  /** The blocks of one kind, in document order. */
  List<Block> blocks(String kind) {
    return blocks.stream().filter(block -> block.kind().equals(kind)).toList();
  }

  /** Every block, in document order. */
  List<Block> blocks() {
    return blocks;
  }

  /** The one block of a kind. */
  Block single(String kind) {
    List<Block> found = blocks(kind);
    if (found.size() != 1) {
      throw new IllegalStateException(
          document + " has " + found.size() + " blocks marked '" + kind + "', expected 1");
    }
    return found.get(0);
  }

  /** The files of a kind, by path; a path marked twice is an error. */
  Map<String, String> files(String kind) {
    Map<String, String> files = new LinkedHashMap<>();
    for (Block block : blocks(kind)) {
      if (block.path().isEmpty()) {
        throw new IllegalStateException(
            document + ":" + block.line() + ": a '" + kind + "' block names its file");
      }
      if (files.put(block.path(), block.text()) != null) {
        throw new IllegalStateException(
            document + ":" + block.line() + ": " + block.path() + " is marked twice");
      }
    }
    if (files.isEmpty()) {
      throw new IllegalStateException(document + " has no file marked '" + kind + "'");
    }
    return files;
  }

  Path path() {
    return document;
  }
}
