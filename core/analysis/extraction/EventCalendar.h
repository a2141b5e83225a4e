#pragma once

#include "TextSpan.h"
#include "domain/CalendarEvent.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace ql {

// An event named in a text: the phrase, the calendar entries it may be, and what the words around it
// say about which one ("the NATO summit in Vilnius", "last year's Munich Security Conference").
struct EventMention
{
    TextSpan span { -1, -1 }; // the naming phrase, with the place when it follows ("… in Vilnius")
    QList<int> candidates; // indexes into EventCalendar::events(), at the named place when one is
    bool placeNamed = false; // a known place names the edition: the phrase holds it or it follows
    int year = 0; // a year written with it ("the 2023 summit", "Summit 2023"); 0: none
    // "this year's" (0), "last year's" (-1), "next year's" (+1) relative to the article's year;
    // NoRelativeYear when the text says nothing of the kind.
    static constexpr int NoRelativeYear = -1000;
    int relativeYear = NoRelativeYear;
};

// The calendar of events at which statements are made, like the office table: seeded with facts
// known for certain, persisted by the store and editable by the analyst. It finds event mentions in
// text and tells which edition a mention means, given what else dates the text.
class EventCalendar
{
public:
    EventCalendar() = default;
    explicit EventCalendar(QList<CalendarEvent> events);

    // NATO summits since 2014 (and earlier ones, so that an old summit is not taken for a new one at
    // the same place), NATO-Industry Forums, Munich Security Conferences, NATO defence ministers'
    // meetings and Ukraine Defence Contact Group meetings whose dates are certain.
    static EventCalendar seed();
    // The seed, built once: constructing the matcher costs more than one extraction.
    static const EventCalendar& seeded();

    const QList<CalendarEvent>& events() const { return m_events; }
    bool isEmpty() const { return m_events.isEmpty(); }

    // Event mentions in text[span], in text order.
    QList<EventMention> mentionsIn(const QString& text, TextSpan span) const;

    // Which event `mention` means, or -1 when the text does not tell (a wrong date is worse than none).
    // `published` may be null; [from, to] bounds when it was said (either may be null: open).
    int resolve(
        const EventMention& mention, const QDate& published, const QDate& from, const QDate& to) const;

    // The canonical place a phrase names ("the Romanian capital" → "Bucharest"); empty when unknown.
    static QString canonicalPlace(const QString& phrase);

private:
    void index();

    QList<CalendarEvent> m_events;
    QRegularExpression m_aliasRegex; // every alias, longest first
    QHash<QString, QList<int>> m_byAlias; // normalised alias → events
    QHash<QString, bool> m_aliasNamesPlace; // normalised alias → it holds its events' place
};

} // namespace ql
