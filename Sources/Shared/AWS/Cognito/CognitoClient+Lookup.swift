/// Finding user pools and app clients by name, so that local provisioning can run again against the same moto.
extension CognitoClient {
    /// A user pool's id and name, as `ListUserPools` describes it.
    public struct PoolSummary: Decodable, Sendable, Equatable {
        public var id: String
        public var name: String?

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case name = "Name"
        }
    }

    /// An app client's id and name, as `ListUserPoolClients` describes it.
    public struct ClientSummary: Decodable, Sendable, Equatable {
        public var clientId: String
        public var clientName: String?

        enum CodingKeys: String, CodingKey {
            case clientId = "ClientId"
            case clientName = "ClientName"
        }
    }

    /// Every user pool of the account and region (all pages).
    ///
    /// - Throws: ``AWSError`` from `ListUserPools`.
    public func listUserPools() async throws -> [PoolSummary] {
        struct Output: Decodable, Paged {
            var userPools: [PoolSummary]?
            var nextToken: String?
            var entries: [PoolSummary] { userPools ?? [] }
            enum CodingKeys: String, CodingKey {
                case userPools = "UserPools"
                case nextToken = "NextToken"
            }
        }
        return try await allPages("ListUserPools", Output.self) { PageInput(nextToken: $0) }
    }

    /// Every app client of a user pool (all pages).
    ///
    /// - Throws: ``AWSError`` from `ListUserPoolClients` (`ResourceNotFoundException` for an unknown pool).
    public func listUserPoolClients(userPoolId: String) async throws -> [ClientSummary] {
        struct Output: Decodable, Paged {
            var userPoolClients: [ClientSummary]?
            var nextToken: String?
            var entries: [ClientSummary] { userPoolClients ?? [] }
            enum CodingKeys: String, CodingKey {
                case userPoolClients = "UserPoolClients"
                case nextToken = "NextToken"
            }
        }
        return try await allPages("ListUserPoolClients", Output.self) {
            PageInput(userPoolId: userPoolId, nextToken: $0)
        }
    }

    /// A page of a Cognito `List…` response: its entries and the token of the next page.
    private protocol Paged<Entry> {
        associatedtype Entry
        var entries: [Entry] { get }
        var nextToken: String? { get }
    }

    /// The request of one page of a `List…` call (60 entries, the most Cognito returns).
    private struct PageInput: Encodable {
        var userPoolId: String?
        var maxResults = 60
        var nextToken: String?
        enum CodingKeys: String, CodingKey {
            case userPoolId = "UserPoolId"
            case maxResults = "MaxResults"
            case nextToken = "NextToken"
        }
    }

    /// Calls `operation` page after page, following `NextToken`, and returns every entry.
    private func allPages<Output: Decodable & Paged>(
        _ operation: String, _ output: Output.Type, input: (String?) -> PageInput
    ) async throws -> [Output.Entry] {
        var entries: [Output.Entry] = []
        var token: String?
        repeat {
            let page: Output = try await call(operation, input(token))
            entries += page.entries
            token = page.nextToken
        } while token != nil
        return entries
    }
}
