#include "core/export/ExportFilter.h"

#include "core/export/ExportRecord.h"

namespace ql {

bool ExportFilter::accepts(const ExportRecord& r) const
{
    if (!speaker.isEmpty() && r.speaker.compare(speaker.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    if (!tag.isEmpty()) {
        bool found = false;
        for (const QString& t : r.tags)
            found = found || t.compare(tag.trimmed(), Qt::CaseInsensitive) == 0;
        if (!found)
            return false;
    }
    if (!hasDateBound())
        return true;
    // An open side of a window (a term of office) reaches as far as it can.
    if (!r.saidFrom.isValid() && !r.saidTo.isValid())
        return false;
    if (from.isValid() && r.saidTo.isValid() && r.saidTo < from)
        return false;
    if (to.isValid() && r.saidFrom.isValid() && r.saidFrom > to)
        return false;
    return true;
}

} // namespace ql
