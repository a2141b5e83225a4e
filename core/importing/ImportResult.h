#pragma once

#include <QString>

namespace ql {

struct ImportResult
{
    enum class Status { Imported, Duplicate, Rejected };
    QString source;
    Status status = Status::Rejected;
    QString reason; // why it was rejected, empty otherwise
    qint64 articleId = 0;

    QString statusName() const
    {
        switch (status) {
        case Status::Imported:
            return QStringLiteral("imported");
        case Status::Duplicate:
            return QStringLiteral("duplicate");
        case Status::Rejected:
            return QStringLiteral("rejected");
        }
        return {};
    }
};

} // namespace ql
