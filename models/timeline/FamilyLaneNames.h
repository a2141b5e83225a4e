#pragma once

#include "models/timeline/TimelineEntry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <functional>

namespace ql {

// Names each variant family's timeline lane by its earliest line, shortened: "“Two per cent was a
// floor…”" says what the lane holds where "Family 107" says nothing. The earliest line is found among
// the timeline's own entries, and only the texts of earliest lines not named before are asked for,
// so a change that leaves every family's first line alone reads nothing from the store.
class FamilyLaneNames
{
public:
    // The texts of these statements by id; ids it cannot find are left out.
    using TextsOf = std::function<QHash<qint64, QString>(const QList<qint64>& statementIds)>;

    // The lane name of every family the entries belong to (entries with a familyId). Only the
    // families whose first line changed, and those sharing a name with them, are named again.
    QHash<qint64, QString> update(
        const QVector<TimelineEntry>& dated, const QVector<TimelineEntry>& undated, const TextsOf& textsOf);
    // An edited statement may have a new text: its family is named again.
    void forget(const QList<qint64>& statementIds);
    void clear();

    static QString laneNameOf(const QString& text);

private:
    void leaveGroup(qint64 family, qint64 firstLine);
    void renumber(const QString& baseName);

    QHash<qint64, qint64> m_firstLine; // family -> the statement id of its earliest line
    QHash<qint64, QString> m_baseNames; // by the statement id of a family's earliest line
    QHash<QString, QList<qint64>> m_groups; // base name -> its families, ascending
    QHash<qint64, QString> m_names; // family -> lane name
};

} // namespace ql
