extension CatalogValidator {
    /// Reports every distinct cycle in the prerequisite graph once, named from its smallest lesson id.
    ///
    /// Self-references and unknown prerequisites are reported with the lesson's tags and skipped here.
    func checkPrerequisiteCycles(_ catalog: ContentCatalog, _ index: LessonIndex, _ findings: inout CatalogFindings) {
        var search = CycleSearch(index: index)
        for lesson in catalog.lessons {
            search.visit(lesson.id)
        }
        for cycle in search.cycles {
            guard let first = cycle.first, let entry = index[first] else { continue }
            let path = (cycle + [first]).joined(separator: " → ")
            findings.add(
                "courses/\(entry.course.id)/course.json", first, .prerequisiteCycle,
                "prerequisites form a cycle: \(path)")
        }
    }
}

/// Depth-first search that records each cycle it closes, rotated so that equal cycles compare equal.
private struct CycleSearch {
    enum Mark {
        case inProgress, done
    }

    let index: LessonIndex
    var marks: [String: Mark] = [:]
    var stack: [String] = []
    var cycles: [[String]] = []
    var seen: Set<[String]> = []

    init(index: LessonIndex) {
        self.index = index
    }

    mutating func visit(_ id: String) {
        switch marks[id] {
        case .done:
            return
        case .inProgress:
            guard let start = stack.lastIndex(of: id) else { return }
            let cycle = Array(stack[start...])
            let smallest = cycle.indices.min { cycle[$0] < cycle[$1] } ?? 0
            let rotated = Array(cycle[smallest...] + cycle[..<smallest])
            if seen.insert(rotated).inserted { cycles.append(rotated) }
            return
        case nil:
            break
        }
        guard let entry = index[id] else { return }
        marks[id] = .inProgress
        stack.append(id)
        for prerequisite in entry.lesson.prerequisites where prerequisite != id {
            visit(prerequisite)
        }
        stack.removeLast()
        marks[id] = .done
    }
}
