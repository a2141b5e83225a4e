#pragma once

#include "core/store/SearchHit.h"

#include <QString>

namespace ql {

// A hit's field by name ("text", "title", "note"), as the CLI's JSON and the results view say it.
inline QString searchFieldName(SearchHit::Field field)
{
    switch (field) {
    case SearchHit::Field::Title:
        return QStringLiteral("title");
    case SearchHit::Field::Note:
        return QStringLiteral("note");
    case SearchHit::Field::Text:
        break;
    }
    return QStringLiteral("text");
}

} // namespace ql
