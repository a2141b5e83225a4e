#pragma once

#include "core/analysis/extraction/FoldedHashSet.h"
#include "core/analysis/extraction/TextSpan.h"
#include "core/domain/CalendarEvent.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <bitset>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ql {

class ArticleTokens;

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
    // `tokens`, when it describes `text`, gives the words of a whole-text search.
    QList<EventMention> mentionsIn(
        const QString& text, TextSpan span, const ArticleTokens* tokens = nullptr) const;

    // Which event `mention` means, or -1 when the text does not tell (a wrong date is worse than none).
    // `published` may be null; [from, to] bounds when it was said (either may be null: open).
    int resolve(
        const EventMention& mention, const QDate& published, const QDate& from, const QDate& to) const;

    // The canonical place a phrase names ("the Romanian capital" → "Bucharest"); empty when unknown.
    static QString canonicalPlace(const QString& phrase);

private:
    void index();
    // The alias matches in `part`, as a global match of the alias pattern would give them, trying the
    // pattern only where a word starts that some alias starts with: the alternation of every alias is
    // costly at each position of a long text.
    QList<TextSpan> aliasMatches(const QString& part, const ArticleTokens* tokens) const;

    QList<CalendarEvent> m_events;
    QRegularExpression m_aliasRegex; // every alias, longest first
    QHash<QString, QList<int>> m_byAlias; // normalised alias → events
    QHash<QString, bool> m_aliasNamesPlace; // normalised alias → it holds its events' place
    // The aliases by the letters and digits they start with (lower case), each group a pattern
    // anchored with \G, longest alias first; empty when some alias starts with neither.
    std::vector<QRegularExpression> m_groups;
    std::vector<std::pair<std::u16string, int>> m_firstWordIndex; // first word → m_groups, sorted
    FoldedHashSet m_firstWordHashes; // ArticleTokens::foldedHash() of each first word
    std::bitset<128> m_firstWordLeads[64]; // by length: their first letters
    quint64 m_firstWordLengths = 0; // bit k: some first word has k letters
};

} // namespace ql
