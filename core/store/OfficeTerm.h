#pragma once

#include <QDate>
#include <QString>

namespace ql {

// Who held an office when: lets "the Secretary General" resolve by an article's date.
struct OfficeTerm
{
    QString office;
    QString holder;
    QDate start;
    QDate end; // null: still in office
};

} // namespace ql
