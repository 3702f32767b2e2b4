#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The ~1 KB item both benchmarks use, the same shape as `scripts/bench-aws-botocore.py`'s.
struct BenchItem: Codable, Sendable {
    var userId: String
    var lessonId: String
    var courseId: String
    var status: String
    var score: Int
    var attempts: Int
    var timeSpentSeconds: Double
    var tags: [String]
    var notes: String
    var completed: Bool

    static let sample = BenchItem(
        userId: "user-7f3c2a90-0b1d-4e55-9a3e-2f6d8c1b4a77", lessonId: "lesson-saa-c03-d2-l4",
        courseId: "course-saa-c03-domain-2", status: "in_progress", score: 87, attempts: 3, timeSpentSeconds: 1234.5,
        tags: ["vpc", "subnets", "nat-gateway", "route-tables", "security-groups"],
        notes: String(repeating: "Reviewed high availability patterns across Availability Zones. ", count: 11),
        completed: false)

    /// A PutItem request body for `item`, written by hand so the signing benchmark does not depend on the encoder.
    static func putItemBody(_ item: BenchItem) -> Data {
        let tags = item.tags.map { #"{"S":"\#($0)"}"# }.joined(separator: ",")
        let json =
            #"{"TableName":"UserProgress","Item":{"user_id":{"S":"\#(item.userId)"},"lesson_id":{"S":"\#(item.lessonId)"},"#
            + #""course_id":{"S":"\#(item.courseId)"},"status":{"S":"\#(item.status)"},"score":{"N":"\#(item.score)"},"#
            + #""attempts":{"N":"\#(item.attempts)"},"time_spent":{"N":"\#(item.timeSpentSeconds)"},"#
            + #""tags":{"L":[\#(tags)]},"notes":{"S":"\#(item.notes)"},"completed":{"BOOL":false}}}"#
        return Data(json.utf8)
    }
}
