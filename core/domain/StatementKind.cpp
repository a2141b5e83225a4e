#include "core/domain/StatementKind.h"

namespace ql {

QString statementKindName(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Quote:
        return QStringLiteral("quote");
    case StatementKind::Transcript:
        return QStringLiteral("transcript");
    case StatementKind::Paraphrase:
        return QStringLiteral("paraphrase");
    }
    return QStringLiteral("quote");
}

bool statementKindFromName(const QString& name, StatementKind& kind)
{
    if (name == QLatin1String("quote"))
        kind = StatementKind::Quote;
    else if (name == QLatin1String("transcript"))
        kind = StatementKind::Transcript;
    else if (name == QLatin1String("paraphrase"))
        kind = StatementKind::Paraphrase;
    else
        return false;
    return true;
}

} // namespace ql
