import Foundation

/// Files of the repository the journey tests read, found relative to this source file.
enum JourneyPaths {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = repository.appendingPathComponent("content")
    static let openAPI = repository.appendingPathComponent("openapi.yaml")
    static let validator = repository.appendingPathComponent("Tests/Fixtures/contract/openapi_validate.py")
}
