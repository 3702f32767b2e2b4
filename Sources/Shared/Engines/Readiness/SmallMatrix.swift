/// Dense symmetric positive-definite algebra for the handful of exam domains (row-major, n × n).
enum SmallMatrix {
    /// The lower Cholesky factor L with A = L·Lᵀ, or `nil` when A is not positive definite.
    static func cholesky(_ a: [Double], n: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 0 else { return nil }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        return l
    }

    /// x with L·Lᵀ·x = b, given the Cholesky factor L.
    static func solve(cholesky l: [Double], n: Int, _ b: [Double]) -> [Double] {
        var y = b
        for i in 0..<n {
            for k in 0..<i { y[i] -= l[i * n + k] * y[k] }
            y[i] /= l[i * n + i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<n { y[i] -= l[k * n + i] * y[k] }
            y[i] /= l[i * n + i]
        }
        return y
    }

    /// A⁻¹ from the Cholesky factor of A.
    static func inverse(cholesky l: [Double], n: Int) -> [Double] {
        var result = [Double](repeating: 0, count: n * n)
        for column in 0..<n {
            var unit = [Double](repeating: 0, count: n)
            unit[column] = 1
            let x = solve(cholesky: l, n: n, unit)
            for row in 0..<n { result[row * n + column] = x[row] }
        }
        return result
    }
}
