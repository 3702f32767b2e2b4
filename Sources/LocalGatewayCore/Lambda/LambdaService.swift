import Foundation

/// The Lambda service for the template's functions: one ``FunctionPool`` per function, invoked by logical id.
public final class LambdaService: Sendable {
    public let pools: [String: FunctionPool]

    public init(pools: [String: FunctionPool]) {
        self.pools = pools
    }

    /// Invokes `function` synchronously.
    ///
    /// - Returns: the outcome; an unknown function is an init failure of type `ResourceNotFoundException`.
    public func invoke(_ function: String, event: Data) async -> InvocationOutcome {
        guard let pool = pools[function] else {
            let body = #"{"errorMessage":"Function not found: \#(function)","errorType":"ResourceNotFoundException"}"#
            return .initFailed(type: "ResourceNotFoundException", body: Data(body.utf8))
        }
        return await pool.invoke(InvocationRequest(event: event))
    }

    /// Starts each pool's minimum processes, all pools at once.
    public func warmUp() async {
        await withTaskGroup(of: Void.self) { group in
            for pool in pools.values { group.addTask { await pool.warmUp() } }
        }
    }

    /// Stops every process.
    public func shutdown() async {
        for pool in pools.values { await pool.shutdown() }
    }
}
