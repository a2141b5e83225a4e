#pragma once

#include <QList>
#include <QSet>

namespace ql {

// What changed in the store since the timeline and charts were last brought up to date, gathered
// from the change notifier's signals of one burst: the window applies this instead of re-reading
// the whole store. A change it cannot describe (a different store, a renamed speaker) asks for a
// full read.
class AnalysisChange
{
public:
    void articlesAdded(const QList<qint64>& ids);
    void articlesRemoved(const QList<qint64>& ids);
    // An article whose metadata or figures changed: its entries and points are read again.
    void articleChanged(qint64 id);
    void statementsAdded(qint64 articleId, const QList<qint64>& ids);
    void statementsRemoved(qint64 articleId, const QList<qint64>& ids);
    // A statement's text, speaker, dates or tags changed: its entry is read again.
    void statementChanged(qint64 id);
    void requireFullRead() { m_full = true; }

    bool isEmpty() const;
    bool needsFullRead() const { return m_full; }
    // Articles whose entries and points go (removed, or to be read again).
    QSet<qint64> articlesToDrop() const { return m_removedArticles + m_changedArticles; }
    // Articles whose entries and points are read, in the order they were announced.
    QList<qint64> articlesToRead() const;
    // Statements of articles that stay whose entries go (removed, or to be read again).
    QSet<qint64> statementsToDrop() const { return m_removedStatements + m_changedStatements; }
    // Statements of articles that stay whose entries are read (added, or changed).
    QList<qint64> statementsToRead() const;
    // The articles of the statements added or removed one by one (their figures are read again).
    const QSet<qint64>& articlesOfStatements() const { return m_articlesOfStatements; }
    void clear() { *this = AnalysisChange(); }

private:
    bool m_full = false;
    QList<qint64> m_addedArticles; // announced order
    QSet<qint64> m_addedSet;
    QSet<qint64> m_removedArticles;
    QSet<qint64> m_changedArticles;
    QSet<qint64> m_addedStatements;
    QSet<qint64> m_removedStatements;
    QSet<qint64> m_changedStatements;
    QSet<qint64> m_articlesOfStatements;
};

} // namespace ql
