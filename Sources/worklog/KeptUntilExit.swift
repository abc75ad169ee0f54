/// Holds values until the process ends, on purpose never freed: a whole cohort is
/// hundreds of thousands of objects, and freeing them one by one just before exit
/// costs time for nothing (the system takes the memory back at once).
final class KeptUntilExit: @unchecked Sendable {
    private let values: [Any]

    private init(_ values: [Any]) { self.values = values }

    /// Called last in a command: the values then outlive it without being freed.
    static func keep(_ values: Any...) {
        _ = Unmanaged.passRetained(KeptUntilExit(values))
    }
}
