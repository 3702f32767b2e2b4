import Shared

/// The JSON bodies AuthFn accepts, as `openapi.yaml` defines them (`additionalProperties: false`: unknown members
/// answer 422). Emails are compared and stored in lower case.
enum AuthRequest {
    /// `SignUpRequest`.
    struct SignUp: Decodable, Validatable, Sendable {
        var email: String
        var password: String
        var name: String
        var timezone: String?
        var targetExam: String?
        var unknownFields: [FieldError]

        enum CodingKeys: String, CodingKey, CaseIterable { case email, password, name, timezone, targetExam }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            email = try container.decode(String.self, forKey: .email).trimmingWhitespace().lowercased()
            password = try container.decode(String.self, forKey: .password)
            name = try container.decode(String.self, forKey: .name).trimmingWhitespace()
            timezone = try container.decodeIfPresent(String.self, forKey: .timezone)
            targetExam = try container.decodeIfPresent(String.self, forKey: .targetExam)
            unknownFields = try KnownFields.unknown(in: decoder, allowed: Set(CodingKeys.allCases.map(\.rawValue)))
        }

        func validate() -> [FieldError] {
            var check = Validator()
            check.email(email, "email")
            check.require(ProfileRules.isStrongPassword(password), "password", ProfileRules.passwordRule)
            check.length(name, "name", max: 100)
            if let timezone { check.require(ProfileRules.isTimeZone(timezone), "timezone", ProfileRules.timeZoneRule) }
            if let targetExam {
                check.require(
                    CatalogIdentifier.isExamCode(targetExam), "targetExam", "must be an exam code such as SAA-C03")
            }
            return unknownFields + check.errors
        }
    }

    /// `LoginRequest`.
    struct Login: Decodable, Validatable, Sendable {
        var email: String
        var password: String
        var unknownFields: [FieldError]

        enum CodingKeys: String, CodingKey, CaseIterable { case email, password }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            email = try container.decode(String.self, forKey: .email).trimmingWhitespace().lowercased()
            password = try container.decode(String.self, forKey: .password)
            unknownFields = try KnownFields.unknown(in: decoder, allowed: Set(CodingKeys.allCases.map(\.rawValue)))
        }

        func validate() -> [FieldError] {
            var check = Validator()
            check.email(email, "email")
            check.require((1...256).contains(password.count), "password", "must be 1 to 256 characters")
            return unknownFields + check.errors
        }
    }

    /// `RefreshRequest`.
    struct Refresh: Decodable, Validatable, Sendable {
        var refreshToken: String
        var unknownFields: [FieldError]

        enum CodingKeys: String, CodingKey, CaseIterable { case refreshToken }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            refreshToken = try container.decode(String.self, forKey: .refreshToken)
            unknownFields = try KnownFields.unknown(in: decoder, allowed: Set(CodingKeys.allCases.map(\.rawValue)))
        }

        func validate() -> [FieldError] {
            var check = Validator()
            check.require((1...8192).contains(refreshToken.utf8.count), "refreshToken", "must be 1 to 8192 characters")
            return unknownFields + check.errors
        }
    }

    /// `ForgotPasswordRequest`.
    struct ForgotPassword: Decodable, Validatable, Sendable {
        var email: String
        var unknownFields: [FieldError]

        enum CodingKeys: String, CodingKey, CaseIterable { case email }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            email = try container.decode(String.self, forKey: .email).trimmingWhitespace().lowercased()
            unknownFields = try KnownFields.unknown(in: decoder, allowed: Set(CodingKeys.allCases.map(\.rawValue)))
        }

        func validate() -> [FieldError] {
            var check = Validator()
            check.email(email, "email")
            return unknownFields + check.errors
        }
    }

    /// `ResetPasswordRequest`.
    struct ResetPassword: Decodable, Validatable, Sendable {
        var email: String
        var code: String
        var newPassword: String
        var unknownFields: [FieldError]

        enum CodingKeys: String, CodingKey, CaseIterable { case email, code, newPassword }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            email = try container.decode(String.self, forKey: .email).trimmingWhitespace().lowercased()
            code = try container.decode(String.self, forKey: .code).trimmingWhitespace()
            newPassword = try container.decode(String.self, forKey: .newPassword)
            unknownFields = try KnownFields.unknown(in: decoder, allowed: Set(CodingKeys.allCases.map(\.rawValue)))
        }

        func validate() -> [FieldError] {
            var check = Validator()
            check.email(email, "email")
            check.require(ProfileRules.isCode(code), "code", "must be the code from the email")
            check.require(ProfileRules.isStrongPassword(newPassword), "newPassword", ProfileRules.passwordRule)
            return unknownFields + check.errors
        }
    }

    /// `UpdateProfileRequest`: at least one of name, timezone and level.
    struct UpdateProfile: Decodable, Validatable, Sendable {
        var name: String?
        var timezone: String?
        var level: String?
        var version: Int?
        var unknownFields: [FieldError]

        enum CodingKeys: String, CodingKey, CaseIterable { case name, timezone, level, version }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name)?.trimmingWhitespace()
            timezone = try container.decodeIfPresent(String.self, forKey: .timezone)
            level = try container.decodeIfPresent(String.self, forKey: .level)
            version = try container.decodeIfPresent(Int.self, forKey: .version)
            unknownFields = try KnownFields.unknown(in: decoder, allowed: Set(CodingKeys.allCases.map(\.rawValue)))
        }

        func validate() -> [FieldError] {
            var check = Validator()
            check.require(
                name != nil || timezone != nil || level != nil, "body",
                "must change at least one of name, timezone, "
                    + "level")
            check.length(name, "name", max: 100)
            if let timezone { check.require(ProfileRules.isTimeZone(timezone), "timezone", ProfileRules.timeZoneRule) }
            if let level {
                check.require(
                    Difficulty(rawValue: level) != nil, "level", "must be one of beginner, intermediate, advanced")
            }
            check.range(version, "version", 1...Int.max)
            return unknownFields + check.errors
        }

        var changes: ProfileChanges {
            ProfileChanges(name: name, timezone: timezone, level: level.flatMap(Difficulty.init))
        }
    }

    /// Twelve hours a day, every day: more is not a study plan.
    static let maxWeeklyMinutes = 7 * 720

    /// `Goals`: the target exam, the exam day (or null) and the minutes a week.
    struct Goals: Decodable, Validatable, Sendable {
        var exam: String
        var examDate: String?
        var weeklyMinutes: Int
        var unknownFields: [FieldError]

        enum CodingKeys: String, CodingKey, CaseIterable { case exam, examDate, weeklyMinutes }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            exam = try container.decode(String.self, forKey: .exam)
            examDate = try container.decodeIfPresent(String.self, forKey: .examDate)
            weeklyMinutes = try container.decode(Int.self, forKey: .weeklyMinutes)
            unknownFields = try KnownFields.unknown(in: decoder, allowed: Set(CodingKeys.allCases.map(\.rawValue)))
        }

        func validate() -> [FieldError] {
            var check = Validator()
            check.require(CatalogIdentifier.isExamCode(exam), "exam", "must be an exam code such as SAA-C03")
            if let examDate {
                check.require(ProfileRules.day(examDate) != nil, "examDate", "must be a date such as 2026-09-30")
            }
            check.range(weeklyMinutes, "weeklyMinutes", 0...AuthRequest.maxWeeklyMinutes)
            return unknownFields + check.errors
        }
    }
}
