/// The Catalog table's key shapes, and why each serves its access pattern.
///
/// | item            | `pk`            | `sk`       | `listing_pk`         | `listing_sk`                              |
/// | --------------- | --------------- | ---------- | -------------------- | ----------------------------------------- |
/// | exam blueprint  | `EXAM#<code>`   | `EXAM`     | `EXAMS`              | `<code>`                                  |
/// | course          | `COURSE#<id>`   | `COURSE`   | `COURSES`            | `<exam>#<level>#<domain, 2 digits>#<id>`  |
/// | lesson          | `LESSON#<id>`   | `LESSON`   | `LESSONS#<course>`   | `<position, 4 digits>#<id>`               |
/// | question        | `QUESTION#<id>` | `QUESTION` | `QUESTIONS#<exam>`   | `<domain, 2 digits>#<id>`                 |
/// | content version | `CATALOG`       | `VERSION`  | –                    | –                                         |
///
/// - Every item is its own partition because the routes address courses and lessons by id alone
///   (`GET /lessons/{id}` does not name the course): a read is one GetItem, and `attribute_not_exists(pk)` on
///   create makes ids unique across the catalog, as the content rules require.
/// - Every listing a request needs is one Query on `listing-index`: the certifications (`EXAMS`); the courses in
///   exam, level and domain order, where a certification filter is `begins_with(listing_sk, "<exam>#")` and a
///   certification-and-level filter `begins_with(listing_sk, "<exam>#<level>#")` (a level filter alone, or a service
///   filter, is a filter expression over the same partition); a course's lessons in teaching order; an exam's
///   questions by domain.
/// - The catalog holds hundreds of items, so one listing partition per kind stays far below DynamoDB's per-partition
///   throughput; the functions cache catalog reads in the warm container on top (``CachedCatalogStore``).
/// - The template's earlier sketch (`pk` = the item's parent) would have forced a second read to find a lesson's
///   course; this shape keeps every route at one or two requests.
enum CatalogKeys {
    static let pk = "pk"
    static let sk = "sk"
    static let listingPK = "listing_pk"
    static let listingSK = "listing_sk"
    static let index = "listing-index"
    /// The attributes of a `listing-index` start key.
    static let listingKeyAttributes = [pk, sk, listingPK, listingSK]

    static let examsListing = "EXAMS"
    static let coursesListing = "COURSES"

    static func exam(_ code: String) -> DynamoDBItem { [pk: .s("EXAM#" + code), sk: .s("EXAM")] }
    static func course(_ id: String) -> DynamoDBItem { [pk: .s("COURSE#" + id), sk: .s("COURSE")] }
    static func lesson(_ id: String) -> DynamoDBItem { [pk: .s("LESSON#" + id), sk: .s("LESSON")] }
    static func question(_ id: String) -> DynamoDBItem { [pk: .s("QUESTION#" + id), sk: .s("QUESTION")] }
    static let versionMarker: DynamoDBItem = [pk: .s("CATALOG"), sk: .s("VERSION")]

    static func examListing(_ code: String) -> DynamoDBItem {
        [listingPK: .s(examsListing), listingSK: .s(code)]
    }

    static func courseListing(exam: String, level: CertificationLevel, domain: Int, id: String) -> DynamoDBItem {
        [
            listingPK: .s(coursesListing),
            listingSK: .s(coursePrefix(exam: exam, level: level) + padded(domain, 2) + "#" + id),
        ]
    }

    /// The `listing_sk` prefix of the courses of an exam (and a level).
    static func coursePrefix(exam: String, level: CertificationLevel? = nil) -> String {
        guard let level else { return exam + "#" }
        return exam + "#" + level.rawValue + "#"
    }

    static func lessonsListing(course: String) -> String { "LESSONS#" + course }

    static func lessonListing(course: String, position: Int, id: String) -> DynamoDBItem {
        [listingPK: .s(lessonsListing(course: course)), listingSK: .s(padded(position, 4) + "#" + id)]
    }

    static func questionListing(exam: String, domain: Int, id: String) -> DynamoDBItem {
        [listingPK: .s("QUESTIONS#" + exam), listingSK: .s(padded(domain, 2) + "#" + id)]
    }

    /// `value` in decimal with leading zeros to `width` digits, so that numbers sort as text.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(max(value, 0))
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The form a service name is matched in: lower case, without the `Amazon `/`AWS ` prefix, so that `s3`,
    /// `Amazon S3` and `amazon s3` find the same courses.
    static func serviceKey(_ service: String) -> String {
        var key = service.trimmingWhitespace().lowercased()
        for prefix in ["amazon ", "aws "] where key.hasPrefix(prefix) {
            key = String(key.dropFirst(prefix.count))
        }
        return key
    }
}
