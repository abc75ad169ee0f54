/// Diagnostic codes the metrics add.
public enum MetricsDiagnostics {
    /// A day entry whose completion date is before its start date; its lag is left out of statistics.
    public static let negativeLag = "negative-lag"
}
