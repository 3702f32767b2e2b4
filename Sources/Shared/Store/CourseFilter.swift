/// The filters of the course list; `nil` means "any".
public struct CourseFilter: Sendable, Hashable {
    /// An exam code such as `SAA-C03`.
    public var certification: String?
    public var level: CertificationLevel?
    /// An AWS service name, matched without case and without its `Amazon `/`AWS ` prefix.
    public var service: String?

    public init(certification: String? = nil, level: CertificationLevel? = nil, service: String? = nil) {
        self.certification = certification
        self.level = level
        self.service = service
    }
}
