#pragma once

#include <QList>
#include <QObject>

namespace ql {

// The one place that tells models and views what changed in the store, so nothing polls.
// Every mutating Store call emits exactly the signals that describe its effect, after commit.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void storeReset(); // a different store was opened, or the whole content changed
    void articlesAdded(const QList<qint64>& articleIds);
    void articlesRemoved(const QList<qint64>& articleIds);
    void articleChanged(qint64 articleId);
    void statementsAdded(qint64 articleId, const QList<qint64>& statementIds);
    void statementsRemoved(qint64 articleId, const QList<qint64>& statementIds);
    void statementChanged(qint64 statementId);
    void statementTagsChanged(qint64 statementId);
    void familiesChanged();
    // Speakers renamed, merged or linked; the tag codebook edited (names, colours, merges).
    void speakersChanged();
    void tagsChanged();
};

} // namespace ql
