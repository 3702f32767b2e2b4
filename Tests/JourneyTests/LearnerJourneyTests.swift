import Foundation
import Shared
import TestSupport
import Testing

@testable import AuthFn
@testable import CourseFn

/// The first learner journey end to end through the two functions' routers against moto: sign up, verify, log in,
/// browse, enroll within the tier, study in mastery order, set goals, read stats, log out.
@Suite("Learner journey", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct LearnerJourneyTests {
    @Test func signUpVerifyLogInBrowseEnrollStudyAndLogOut() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let courses = JourneyClient(stack.courseFunction().register)
        let email = "ana-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        let password = "CorrectHorse42battery"

        let signUp = try await auth.send(
            "POST", "/api/v1/auth/signup",
            body: [
                "email": email.uppercased(), "password": password, "name": "Ana", "timezone": "Europe/Berlin",
                "targetExam": "CLF-C02",
            ], as: nil, headers: ["Idempotency-Key": "signup-\(UUID().uuidString)"])
        #expect(signUp.status == 201)
        let sub = try #require(signUp.string("userId"))
        #expect(signUp.string("email") == email, "emails are stored in lower case")
        #expect(signUp["emailVerified"] as? Bool == false)

        let early = try await auth.send(
            "POST", "/api/v1/auth/login", body: ["email": email, "password": password], as: nil)
        #expect(early.status == 403, "an unconfirmed account cannot log in")

        let verified = try await auth.send(
            "GET", "/api/v1/auth/verify-email", query: ["email": email, "code": "123456"], as: nil)
        #expect(verified.status == 200)
        #expect(verified["emailVerified"] as? Bool == true)

        let login = try await auth.send(
            "POST", "/api/v1/auth/login", body: ["email": email, "password": password], as: nil)
        #expect(login.status == 200)
        #expect(login.string("tokenType") == "Bearer")
        let refreshToken = try #require(login.string("refreshToken"))
        let accessToken = try #require(login.string("accessToken"))
        #expect(login.string("accessToken")?.split(separator: ".").count == 3)

        let me = Principal(userID: sub, email: email, username: sub)
        let profile = try await auth.send("GET", "/api/v1/users/me", as: me)
        #expect(profile.status == 200)
        #expect(profile.string("userId") == sub)
        #expect(profile["emailVerified"] as? Bool == true)
        #expect(profile.string("tier") == "free")
        #expect(profile.string("timezone") == "Europe/Berlin")
        #expect((profile["goals"] as? [String: Any])?["exam"] as? String == "CLF-C02")
        #expect(profile["isAdmin"] as? Bool == false)

        let certifications = try await courses.send("GET", "/api/v1/certifications", as: nil)
        #expect(certifications.status == 200)
        let codes = certifications.items.compactMap { $0["code"] as? String }
        #expect(Set(["CLF-C02", "SAA-C03", "DVA-C02", "SOA-C03", "SOA-C02"]).isSubset(of: Set(codes)))

        var seen: [String] = []
        var token: String?
        repeat {
            var query = ["certification": "CLF-C02", "limit": "3"]
            if let token { query["nextToken"] = token }
            let page = try await courses.send("GET", "/api/v1/courses", query: query, as: me)
            #expect(page.status == 200)
            seen += page.items.compactMap { $0["id"] as? String }
            token = page.nextToken
        } while token != nil
        #expect(
            seen == [
                "clf-d1-cloud-concepts", "clf-d2-security-compliance", "clf-d3-technology-services",
                "clf-d4-billing-pricing-support",
            ], "four CLF-C02 courses in domain order over two pages")

        let detail = try await courses.send("GET", "/api/v1/courses/{id}", ["id": "clf-d1-cloud-concepts"], as: me)
        #expect(detail.status == 200)
        let statuses = Dictionary(
            uniqueKeysWithValues: (detail["lessons"] as? [[String: Any]] ?? []).map {
                ($0["id"] as? String ?? "", $0["status"] as? String ?? "")
            })
        #expect(statuses["clf-cloud-benefits"] == "unlocked")
        #expect(statuses["clf-well-architected-framework"] == "locked")
        #expect(detail["enrolled"] as? Bool == false)

        let enrolled = try await courses.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "clf-d1-cloud-concepts"], as: me)
        #expect(enrolled.status == 201)
        let again = try await courses.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "clf-d1-cloud-concepts"], as: me)
        #expect(again.status == 201, "enrolling again answers with the existing enrollment")
        #expect(again.string("enrolledAt") == enrolled.string("enrolledAt"))

        let second = try await courses.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "clf-d2-security-compliance"], as: me)
        #expect(second.status == 403, "the free tier allows one active course")
        #expect(second.string("activeCourseId") == "clf-d1-cloud-concepts")
        let premium = try await courses.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "saa-d2-resilient-architectures"], as: me)
        #expect(premium.status == 403, "a premium course needs the premium tier")

        let locked = try await courses.send(
            "GET", "/api/v1/lessons/{id}", ["id": "clf-well-architected-framework"], as: me)
        #expect(locked.status == 403)
        #expect(locked.contentType == "application/problem+json")
        #expect(locked.string("lessonId") == "clf-cloud-benefits", "the problem names the lesson to master first")

        let open = try await courses.send("GET", "/api/v1/lessons/{id}", ["id": "clf-cloud-benefits"], as: me)
        #expect(open.status == 200)
        #expect((open.string("body") ?? "").count > 1000)
        #expect(open.string("status") == "unlocked")

        let progress = stack.progressStore
        let now = StoreTime.text(Date())
        try await progress.saveLessonProgress(
            LessonProgressRecord(
                userId: sub, lessonId: "clf-cloud-benefits", courseId: "clf-d1-cloud-concepts", status: .inProgress,
                minutesSpent: 12, updatedAt: now))
        let studying = try await courses.send(
            "GET", "/api/v1/courses/{id}/lessons", ["id": "clf-d1-cloud-concepts"], as: me)
        #expect(studying.items.first?["status"] as? String == "in_progress")

        try await progress.saveLessonProgress(
            LessonProgressRecord(
                userId: sub, lessonId: "clf-cloud-benefits", courseId: "clf-d1-cloud-concepts", status: .mastered,
                contentCompleted: true, minutesSpent: 25, masteredAt: now, updatedAt: now))
        let unlocked = try await courses.send(
            "GET", "/api/v1/lessons/{id}", ["id": "clf-well-architected-framework"], as: me)
        #expect(unlocked.status == 200, "mastering the prerequisite unlocks the lesson")
        #expect(unlocked.string("status") == "unlocked")

        let mine = try await courses.send("GET", "/api/v1/courses/enrolled", as: me)
        #expect(mine.status == 200)
        let course = try #require(mine.items.first)
        #expect(mine.items.count == 1)
        #expect(course["lessonsMastered"] as? Int == 1)
        #expect(course["lessonsTotal"] as? Int == 5)
        #expect(course["nextLessonId"] as? String == "clf-well-architected-framework")

        let examDate = Self.day(daysFromNow: 60)
        let goals = try await auth.send(
            "PUT", "/api/v1/users/me/goals", body: ["exam": "SAA-C03", "examDate": examDate, "weeklyMinutes": 315],
            as: me)
        #expect(goals.status == 200)
        #expect(goals.string("examDate") == examDate)

        let stats = try await auth.send("GET", "/api/v1/users/me/stats", as: me)
        #expect(stats.status == 200)
        #expect(stats["lessonsMastered"] as? Int == 1)
        #expect(stats["coursesEnrolled"] as? Int == 1)
        #expect(stats["studyMinutes"] as? Int == 25)
        #expect(stats["level"] as? Int == 1)

        let left = try await courses.send(
            "DELETE", "/api/v1/courses/{id}/enroll", ["id": "clf-d1-cloud-concepts"], as: me)
        #expect(left.status == 204)
        let switched = try await courses.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "clf-d2-security-compliance"], as: me)
        #expect(switched.status == 201, "leaving a course frees the free tier's place")

        let refreshed = try await auth.send(
            "POST", "/api/v1/auth/refresh", body: ["refreshToken": refreshToken], as: nil)
        #expect(refreshed.status == 200)
        #expect(refreshed["refreshToken"] == nil)
        let logout = try await auth.send(
            "POST", "/api/v1/auth/logout", as: me, headers: ["authorization": "Bearer \(accessToken)"])
        #expect(logout.status == 204)
        let revoked = try await auth.send(
            "POST", "/api/v1/auth/refresh", body: ["refreshToken": refreshToken], as: nil)
        #expect(revoked.status == 401, "logging out revokes the refresh token")

        let published = try await JourneyQueue.receive(stack).filter { $0["userId"] as? String == sub }
        #expect(published.count == 1, "UserSignedUp is published once for the new account")
        #expect(published.first?["eventId"] as? String == "user-signed-up-\(sub)")
        #expect(published.first?["targetExam"] as? String == "CLF-C02")
    }

    /// `yyyy-MM-dd` in UTC, `days` from today.
    static func day(daysFromNow days: Int) -> String {
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date().addingTimeInterval(Double(days) * 86_400))
    }
}
