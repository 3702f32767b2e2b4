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
        struct Input: Encodable {
            var maxResults = 60
            var nextToken: String?
            enum CodingKeys: String, CodingKey {
                case maxResults = "MaxResults"
                case nextToken = "NextToken"
            }
        }
        struct Output: Decodable {
            var userPools: [PoolSummary]?
            var nextToken: String?
            enum CodingKeys: String, CodingKey {
                case userPools = "UserPools"
                case nextToken = "NextToken"
            }
        }
        var pools: [PoolSummary] = []
        var token: String?
        repeat {
            let page: Output = try await call("ListUserPools", Input(nextToken: token))
            pools += page.userPools ?? []
            token = page.nextToken
        } while token != nil
        return pools
    }

    /// Every app client of a user pool (all pages).
    ///
    /// - Throws: ``AWSError`` from `ListUserPoolClients` (`ResourceNotFoundException` for an unknown pool).
    public func listUserPoolClients(userPoolId: String) async throws -> [ClientSummary] {
        struct Input: Encodable {
            var userPoolId: String
            var maxResults = 60
            var nextToken: String?
            enum CodingKeys: String, CodingKey {
                case userPoolId = "UserPoolId"
                case maxResults = "MaxResults"
                case nextToken = "NextToken"
            }
        }
        struct Output: Decodable {
            var userPoolClients: [ClientSummary]?
            var nextToken: String?
            enum CodingKeys: String, CodingKey {
                case userPoolClients = "UserPoolClients"
                case nextToken = "NextToken"
            }
        }
        var clients: [ClientSummary] = []
        var token: String?
        repeat {
            let page: Output = try await call(
                "ListUserPoolClients", Input(userPoolId: userPoolId, nextToken: token))
            clients += page.userPoolClients ?? []
            token = page.nextToken
        } while token != nil
        return clients
    }
}
