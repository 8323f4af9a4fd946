import Language

/// Foundation has an `Expression` type too; inside Engine the name means the syntax tree's.
typealias Expression = Language.Expression
