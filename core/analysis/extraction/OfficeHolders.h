#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "core/store/OfficeTerm.h"

namespace ql {

// An office and the phrases that name it in text ("NATO Secretary General", "NATO chief").
struct Office
{
    QString key; // stable identifier, e.g. "nato-secretary-general"
    QString title; // display name
    QStringList aliases; // case-insensitive phrases; the longest match wins
};

// The table of offices and who held them when (terms as persisted by the store: `office` is an
// Office::key, `end` is exclusive and null while the term runs), so that "the Secretary General" in an
// article of 2023 resolves to Jens Stoltenberg and in 2025 to Mark Rutte. A value: the app can load, edit and
// persist it.
class OfficeHolders
{
public:
    OfficeHolders() = default;
    OfficeHolders(QList<Office> offices, QList<OfficeTerm> terms);

    // Facts known with certainty: NATO Secretaries General and a few heads of state and institutions.
    static OfficeHolders seed();

    const QList<Office>& offices() const { return m_offices; }
    const QList<OfficeTerm>& terms() const { return m_terms; }

    // The office whose alias is the longest suffix-match of `rolePhrase` ("NATO’s Secretary General",
    // "the Secretary-General"); empty when no alias matches.
    QString officeForRole(const QString& rolePhrase) const;
    // Who held `officeKey` on `date`; empty when unknown or the date is null.
    QString holderOn(const QString& officeKey, const QDate& date) const;
    // All holders of all offices (to recognise their names in text).
    const QStringList& allHolders() const { return m_holders; }
    // allHolders(), each split into words (cached: every extraction needs them).
    const QList<QStringList>& holderWords() const { return m_holderWords; }

private:
    void index();

    QList<Office> m_offices;
    QList<OfficeTerm> m_terms;
    QStringList m_holders;
    QList<QStringList> m_holderWords;
    QList<QPair<QString, QString>> m_aliases; // normalised alias → office key, longest first
};

} // namespace ql
