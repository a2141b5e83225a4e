#pragma once

#include <QString>

namespace ql {

enum class StatementKind { Quote, Transcript, Paraphrase };

QString statementKindName(StatementKind kind);
// Returns false (and leaves kind untouched) for an unknown name.
bool statementKindFromName(const QString& name, StatementKind& kind);

} // namespace ql
