/// One date or range found in a text.
public enum DateToken: Sendable, Hashable {
    case date(RawDate)
    case range(RawDate, RawDate)
    /// Something shaped like a date that is none (`04/200/2026`, `31/02/2025`).
    case invalid(String)

    public var firstDate: RawDate? {
        switch self {
        case .date(let d): d
        case .range(let a, _): a
        case .invalid: nil
        }
    }

    public var lastDate: RawDate? {
        switch self {
        case .date(let d): d
        case .range(_, let b): b
        case .invalid: nil
        }
    }

    var dates: [RawDate] {
        switch self {
        case .date(let d): [d]
        case .range(let a, let b): [a, b]
        case .invalid: []
        }
    }
}
