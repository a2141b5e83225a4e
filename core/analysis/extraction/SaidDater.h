#pragma once

#include "core/analysis/extraction/EventCalendar.h"
#include "core/analysis/extraction/OfficeHolders.h"
#include "core/analysis/extraction/TextSpan.h"
#include "core/analysis/extraction/TranscriptDetector.h"
#include "core/domain/Article.h"
#include "core/domain/Extraction.h"

namespace ql {

class ArticleTokens;

// When each statement of an article was said: a window of days with its evidence. The evidence,
// strongest first: an explicit date in the statement's paragraph; a weekday or relative day ("on
// Tuesday", "last week") in the narration around it; an event the text names ("told the Munich
// Security Conference"); an explicit date of the article's event; the article's own date (the week up
// to it when nothing closer is known); the speaker's term in an office the text gives them. Weaker
// evidence narrows the window where it agrees and is reported where it conflicts. A pure function
// of its input: also used to re-date stored statements when the article's date or the calendar
// changes.
class SaidDater
{
public:
    SaidDater(const OfficeHolders& offices, const EventCalendar& events);

    // Sets `said` and `saidOn` of every statement. Statements' offsets index `article.text`.
    void date(const Article& article, QList<Statement>& statements) const;
    void date(const Article& article, Extraction& extraction) const { date(article, extraction.statements); }
    // The same, with what the extractor already found in the text: its boilerplate lines and its
    // transcript layout (both as BoilerplateLineFinder and TranscriptDetector give them for article.text),
    // and its token table when it has one for article.text.
    void date(const Article& article, QList<Statement>& statements, const QList<TextSpan>& boilerplate,
        const TranscriptLayout& layout, const ArticleTokens* tokens = nullptr) const;

private:
    const OfficeHolders& m_offices;
    const EventCalendar& m_events;
};

} // namespace ql
