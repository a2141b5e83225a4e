#include "models/timeline/AnalysisChange.h"

#include <algorithm>

namespace ql {

void AnalysisChange::articlesAdded(const QList<qint64>& ids)
{
    for (const qint64 id : ids) {
        if (m_addedSet.contains(id))
            continue;
        // Removed and added back in the same burst (undo, redo): dropped first, then read.
        m_addedSet.insert(id);
        m_addedArticles.append(id);
    }
}

void AnalysisChange::articlesRemoved(const QList<qint64>& ids)
{
    for (const qint64 id : ids) {
        m_removedArticles.insert(id);
        m_changedArticles.remove(id);
        if (m_addedSet.remove(id))
            m_addedArticles.removeAll(id);
    }
}

void AnalysisChange::articleChanged(qint64 id)
{
    // An article added in this burst is read whole anyway.
    if (!m_addedSet.contains(id) && !m_removedArticles.contains(id))
        m_changedArticles.insert(id);
}

void AnalysisChange::statementsAdded(qint64 articleId, const QList<qint64>& ids)
{
    if (m_addedSet.contains(articleId) || m_changedArticles.contains(articleId))
        return; // its article is read whole
    m_articlesOfStatements.insert(articleId);
    for (const qint64 id : ids) {
        m_addedStatements.insert(id);
        m_removedStatements.remove(id);
    }
}

void AnalysisChange::statementsRemoved(qint64 articleId, const QList<qint64>& ids)
{
    if (m_addedSet.contains(articleId) || m_changedArticles.contains(articleId)
        || m_removedArticles.contains(articleId))
        return;
    m_articlesOfStatements.insert(articleId);
    for (const qint64 id : ids) {
        m_removedStatements.insert(id);
        m_addedStatements.remove(id);
        m_changedStatements.remove(id);
    }
}

void AnalysisChange::statementChanged(qint64 id)
{
    if (!m_removedStatements.contains(id))
        m_changedStatements.insert(id);
}

bool AnalysisChange::isEmpty() const
{
    return !m_full && m_addedArticles.isEmpty() && m_removedArticles.isEmpty() && m_changedArticles.isEmpty()
        && m_addedStatements.isEmpty() && m_removedStatements.isEmpty() && m_changedStatements.isEmpty();
}

QList<qint64> AnalysisChange::articlesToRead() const
{
    QList<qint64> out = m_addedArticles;
    QList<qint64> changed(m_changedArticles.cbegin(), m_changedArticles.cend());
    std::sort(changed.begin(), changed.end());
    return out + changed;
}

QList<qint64> AnalysisChange::statementsToRead() const
{
    QSet<qint64> ids = m_addedStatements + m_changedStatements;
    QList<qint64> out(ids.cbegin(), ids.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ql
