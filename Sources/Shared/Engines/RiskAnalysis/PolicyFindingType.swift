/// The kinds of risk the IAM policy analyzer reports.
public enum PolicyFindingType: String, Codable, Sendable, Hashable, CaseIterable {
    /// Every action on every resource (or the equivalent through `NotAction`).
    case adminAccess
    /// `*`, `service:*`, a wildcard service prefix, a partial wildcard, or `NotAction` with Allow.
    case wildcardAction
    /// `*`, an ARN that matches every resource of its type, or `NotResource` with Allow.
    case wildcardResource
    /// A known combination of allowed actions that lets the holder gain more permissions.
    case privilegeEscalation
    /// `iam:PassRole` on roles that are not named one by one.
    case passRoleUnbounded
    /// Reading objects, parameters or secrets on every resource.
    case dataExfiltration
    /// Actions that return credentials, keys or tokens.
    case credentialsExposure
    /// Actions that change who has access: IAM policies and resource policies.
    case permissionsManagement
    /// The document is not valid JSON or not a valid policy.
    case malformed
}
