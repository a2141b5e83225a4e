#pragma once

#include "core/analysis/extraction/EventCalendar.h"
#include "core/analysis/extraction/OfficeHolders.h"
#include "core/domain/Article.h"
#include "core/domain/Extraction.h"

#include <utility>

namespace ql {

// Finds statements, speakers and spending figures in an article's extracted text.
// Pure function of its input: thread-safe, no I/O.
class Extractor
{
public:
    Extractor();
    explicit Extractor(OfficeHolders offices);
    ~Extractor();

    // `article.text` is the cleaned text; `article.published` (may be null) dates the statements.
    Extraction extract(const Article& article) const;

    const OfficeHolders& offices() const { return m_offices; }
    // The events that date statements ("told the Munich Security Conference"): the seed unless set.
    const EventCalendar& events() const { return m_events; }
    void setEvents(EventCalendar events) { m_events = std::move(events); }

private:
    OfficeHolders m_offices;
    EventCalendar m_events = EventCalendar::seeded();
};

} // namespace ql
