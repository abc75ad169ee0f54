/// The names a summary template can use: what `SummaryContext` provides. Tags are
/// checked against it, since Mustache renders an unknown name as empty.
indirect enum TemplateSchema: Sendable, Hashable {
    /// A text, number or flag.
    case value
    /// A map of names (`{{#period}}...{{/period}}`, `{{period.first_date}}`).
    case object([String: TemplateSchema])
    /// A list whose items have these names.
    case list([String: TemplateSchema])

    var names: [String: TemplateSchema]? {
        switch self {
        case .value: nil
        case .object(let names), .list(let names): names
        }
    }

    static let week: [String: TemplateSchema] = [
        "week": .value, "lang": .value, "source": .value, "has_tasks": .value, "tasks": .value,
        "first_date": .value, "last_date": .value,
        "objectives": .list(["text": .value]), "achievements": .list(["text": .value]),
        "has_objectives": .value, "has_achievements": .value,
    ]

    /// Every name of a summary, top level.
    static let summary: TemplateSchema = .object([
        "intern": .value,
        "lang": .value,
        "period": .object(["first_date": .value, "last_date": .value, "days": .value]),
        "weeks_logged": .value, "weeks_logged_list": .value, "first_week": .value, "last_week": .value,
        "missing_weeks_count": .value, "missing_weeks_list": .value, "has_missing_weeks": .value,
        "tasks": .value, "subtasks": .value, "tasks_per_week": .value, "tasks_per_day": .value,
        "busiest_weeks": .list(["week": .value, "tasks": .value]),
        "lag": .object(["entries": .value, "mean": .value, "median": .value, "p90": .value, "max": .value,
                        "same_day_percent": .value]),
        "lag_text": .value,
        "originality": .object(["percent": .value, "comparable": .value, "shared": .value, "template": .value,
                                "has_sources": .value, "sources": .list(["intern": .value, "texts": .value])]),
        "topic_count": .value,
        "categories": .list([
            "category": .value, "name": .value,
            "topics": .list(["id": .value, "name": .value, "first_week": .value, "weeks_list": .value,
                             "mentions": .value]),
        ]),
        "curriculum": .object([
            "size": .value, "covered_count": .value, "coverage_percent": .value, "complete": .value,
            "has_missing": .value,
            "covered": .list(["id": .value, "name": .value, "first_week": .value]),
            "missing": .list(["id": .value, "name": .value]),
        ]),
        "weeks": .list(week),
        "diagnostics": .list(["severity": .value, "severity_name": .value, "code": .value, "location": .value,
                              "message": .value, "week": .value]),
        "has_diagnostics": .value, "diagnostics_count": .value, "errors": .value, "warnings": .value,
        "infos": .value,
        "chart_svg": .value,
    ])
}
