import Language

/// An expression checked against a table's columns and ready to run on its rows.
struct Compiled {
    var type: ValueType
    /// True when no row is read: the value is the same for every row.
    var isConstant: Bool
    var evaluate: (Int) throws(Diagnostic) -> Value

    static func constant(_ value: Value) -> Compiled {
        Compiled(type: value.type, isConstant: true, evaluate: { (_: Int) throws(Diagnostic) -> Value in value })
    }

    /// The value of a constant expression.
    func value() throws(Diagnostic) -> Value { try evaluate(-1) }
}
