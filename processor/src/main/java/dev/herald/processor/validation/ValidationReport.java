package dev.herald.processor.validation;

import dev.herald.processor.diagnostics.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * What validators found, in the order they found it; generated sources leave out every element an
 * error was reported on.
 */
public final class ValidationReport {

  private final List<Finding> findings;

  private ValidationReport(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  /** Starts an empty report. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every finding, errors and warnings. */
  public List<Finding> findings() {
    return findings;
  }

  /** The elements an error was reported on: generated code must leave them out. */
  public Set<Element> rejectedElements() {
    Set<Element> rejected = new HashSet<>();
    for (Finding finding : findings) {
      if (finding.diagnostic().kind() == Kind.ERROR && finding.element() != null) {
        rejected.add(finding.element());
      }
    }
    return rejected;
  }

  /** Collects findings, and whole reports of other validators, into one report. */
  public static final class Builder {

    private final List<Finding> findings = new ArrayList<>();

    private Builder() {}

    /** Adds one finding. */
    public Builder add(Finding finding) {
      findings.add(finding);
      return this;
    }

    /** Adds every finding of another report. */
    public Builder addAll(ValidationReport report) {
      findings.addAll(report.findings());
      return this;
    }

    /**
     * How many errors were added so far, for validators that tell whether one element was clean.
     */
    public int errorCount() {
      return (int)
          findings.stream().filter(finding -> finding.diagnostic().kind() == Kind.ERROR).count();
    }

    public ValidationReport build() {
      return new ValidationReport(findings);
    }
  }
}
