#include "models/timeline/TimelineFilterProxy.h"

#include "models/timeline/TimelineModel.h"

namespace ql {

namespace {

QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

TimelineFilterProxy::TimelineFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void TimelineFilterProxy::refilter()
{
    // invalidateFilter() reports every run of removed or inserted rows separately, which costs far more
    // than recomputing the mapping once when a large model changes a lot; views relayout either way.
    if (sourceModel() && sourceModel()->rowCount() > kIncrementalLimit)
        invalidate();
    else
        invalidateFilter();
    emit filtersChanged();
}

void TimelineFilterProxy::setSpeakers(const QStringList& speakers)
{
    m_speakers = speakers;
    m_speakerSet = toSet(speakers);
    refilter();
}

void TimelineFilterProxy::setSources(const QStringList& sources)
{
    m_sources = sources;
    m_sourceSet = toSet(sources);
    refilter();
}

void TimelineFilterProxy::setTags(const QStringList& tags)
{
    m_tags = tags;
    refilter();
}

void TimelineFilterProxy::setKinds(const QList<StatementKind>& kinds)
{
    m_kindMask = 0;
    for (const StatementKind k : kinds)
        m_kindMask |= 1 << static_cast<int>(k);
    refilter();
}

QList<StatementKind> TimelineFilterProxy::kinds() const
{
    QList<StatementKind> out;
    for (const StatementKind k :
        { StatementKind::Quote, StatementKind::Transcript, StatementKind::Paraphrase }) {
        if (m_kindMask & (1 << static_cast<int>(k)))
            out.append(k);
    }
    return out;
}

void TimelineFilterProxy::setDateRange(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    refilter();
}

void TimelineFilterProxy::setTextContains(const QString& text)
{
    m_text = text.trimmed();
    refilter();
}

void TimelineFilterProxy::setStatementIds(const std::optional<QSet<qint64>>& ids)
{
    m_ids = ids;
    refilter();
}

void TimelineFilterProxy::clearFilters()
{
    m_speakers.clear();
    m_speakerSet.clear();
    m_sources.clear();
    m_sourceSet.clear();
    m_tags.clear();
    m_kindMask = 0;
    m_from = QDate();
    m_to = QDate();
    m_text.clear();
    m_ids.reset();
    refilter();
}

bool TimelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex idx = model->index(sourceRow, 0, sourceParent);
    // Reading the entry directly avoids a QVariant per role when the source is our own model.
    if (const auto* tm = qobject_cast<const TimelineModel*>(model)) {
        const TimelineEntry& e = tm->entry(sourceRow);
        if (!m_speakerSet.isEmpty() && !m_speakerSet.contains(e.speaker))
            return false;
        if (!m_sourceSet.isEmpty() && !m_sourceSet.contains(e.source))
            return false;
        if (m_kindMask != 0 && !(m_kindMask & (1 << static_cast<int>(e.kind))))
            return false;
        if (m_from.isValid() && e.date < m_from)
            return false;
        if (m_to.isValid() && e.date > m_to)
            return false;
        if (m_ids && !m_ids->contains(e.statementId))
            return false;
        if (!m_tags.isEmpty()) {
            bool any = false;
            for (const QString& t : m_tags)
                any = any || e.tags.contains(t, Qt::CaseInsensitive);
            if (!any)
                return false;
        }
        return m_text.isEmpty() || e.firstWords.contains(m_text, Qt::CaseInsensitive);
    }
    if (!m_speakerSet.isEmpty() && !m_speakerSet.contains(idx.data(TimelineModel::SpeakerRole).toString()))
        return false;
    if (!m_sourceSet.isEmpty() && !m_sourceSet.contains(idx.data(TimelineModel::SourceRole).toString()))
        return false;
    if (m_kindMask != 0 && !(m_kindMask & (1 << idx.data(TimelineModel::KindRole).toInt())))
        return false;
    const QDate date = idx.data(TimelineModel::DateRole).toDate();
    if (m_from.isValid() && date < m_from)
        return false;
    if (m_to.isValid() && date > m_to)
        return false;
    if (m_ids && !m_ids->contains(idx.data(TimelineModel::StatementIdRole).toLongLong()))
        return false;
    if (!m_tags.isEmpty()) {
        const QStringList tags = idx.data(TimelineModel::TagsRole).toStringList();
        bool any = false;
        for (const QString& t : m_tags)
            any = any || tags.contains(t, Qt::CaseInsensitive);
        if (!any)
            return false;
    }
    return m_text.isEmpty()
        || idx.data(TimelineModel::FirstWordsRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace ql
