import WorklogModel
import WorklogParser

/// Reads a cohort: discovery, then every page read and parsed concurrently with
/// bounded parallelism, then each site assembled. Results are merged in a fixed
/// order, so any number of jobs gives the same `Cohort`.
public enum CohortReader {
    public static func read(paths: [String], options: ReadOptions = ReadOptions()) -> Cohort {
        let discovery = Discovery.discover(paths: paths, jobs: options.jobs)
        let total = discovery.sites.reduce(0) { $0 + $1.pages.count }
        let done = ProgressCounter()
        let progress = options.progress

        let language = options.preferredLanguage
        let sites = discovery.sites
        let assembled: [SiteAssembler.Output]
        if sites.count >= 4 * options.jobs {
            // Many sites: each worker reads, parses and assembles whole sites, so a site's
            // pages are freed on the worker that made them and never all held at once.
            assembled = ParallelMap.run(
                count: sites.count, workers: options.jobs,
                makeState: { Worker() },
                body: { worker, index in
                    let site = sites[index]
                    var pages: [LoadedPage] = []
                    pages.reserveCapacity(site.pages.count)
                    for input in site.pages {
                        pages.append(load(input, with: &worker))
                        if let progress { progress(done.increment(), total) }
                    }
                    return SiteAssembler(site: site, pages: pages, preferredLanguage: language).assemble()
                })
        } else {
            // Few sites (one big site): spread the pages over the workers first.
            let inputs = sites.flatMap(\.pages)
            let loaded = ParallelMap.run(
                count: total, workers: options.jobs,
                makeState: { Worker() },
                body: { worker, index in
                    let page = load(inputs[index], with: &worker)
                    if let progress { progress(done.increment(), total) }
                    return page
                })
            var offset = 0
            var grouped: [(SiteInput, [LoadedPage])] = []
            for site in sites {
                grouped.append((site, Array(loaded[offset..<offset + site.pages.count])))
                offset += site.pages.count
            }
            let sitePages = grouped
            assembled = ParallelMap.run(
                count: sitePages.count, workers: options.jobs,
                makeState: { () },
                body: { _, index in
                    SiteAssembler(site: sitePages[index].0, pages: sitePages[index].1,
                                  preferredLanguage: language).assemble()
                })
        }

        var statistics = ReadStatistics()
        var diagnostics = discovery.diagnostics
        for output in assembled {
            statistics.merge(output.statistics)
            diagnostics.append(contentsOf: output.intern.diagnostics)
        }
        let interns = assembled.map(\.intern).sorted { $0.id < $1.id }
        return Cohort(interns: interns, diagnostics: Diagnostic.sortedForReport(diagnostics),
                      statistics: statistics)
    }

    /// What one worker thread keeps from page to page: its read buffer and the parser's memo.
    private struct Worker: ~Copyable {
        var reader = FileReader()
        let memo = ParseMemo()
    }

    private static func load(_ input: PageInput, with worker: inout Worker) -> LoadedPage {
        var parsed: ParsedPage?
        var count = 0
        let memo = worker.memo
        let diagnostic = worker.reader.read(input.path, displayPath: input.displayPath) { bytes in
            count = bytes.count
            parsed = PageParser.parse(bytes, path: input.displayPath, memo: memo)
        }
        return LoadedPage(input: input, parsed: parsed, readDiagnostic: diagnostic, byteCount: count)
    }
}

private final class ProgressCounter: Sendable {
    private let value = Atomic<Int>(0)
    func increment() -> Int { value.wrappingAdd(1, ordering: .relaxed).newValue }
}

import Synchronization

extension ReadStatistics {
    mutating func merge(_ other: ReadStatistics) {
        sites += other.sites
        filesRead += other.filesRead
        bytesRead += other.bytesRead
        dayPages += other.dayPages
        draftPages += other.draftPages
        for (style, langs) in other.pagesByStyle {
            for (lang, n) in langs { pagesByStyle[style, default: [:]][lang, default: 0] += n }
        }
        for (site, langs) in other.dateOrders {
            for (lang, orders) in langs {
                for (order, n) in orders { dateOrders[site, default: [:]][lang, default: [:]][order, default: 0] += n }
            }
        }
    }
}
